using KnowledgeGraph.Core;
using KnowledgeGraph.Extraction.Gazetteers;

namespace KnowledgeGraph.Extraction.Tests.Gazetteers;

public class GazetteerTests
{
    private static readonly Gazetteer Default = Gazetteer.Default;

    [Theory]
    [InlineData("Mexico City")]
    [InlineData("MEXICO CITY")]
    [InlineData("mexico city")]
    public void Finds_a_place_whatever_its_case(string form)
    {
        var entry = Default.Find(form);

        Assert.NotNull(entry);
        Assert.Equal("Mexico City", entry.Name);
        Assert.Equal(EntityKind.Place, entry.Kind);
        Assert.Equal("city", entry.PlaceType);
        Assert.Equal("MX", entry.CountryCode);
    }

    [Theory]
    [InlineData("U.S.")]
    [InlineData("US")]
    [InlineData("USA")]
    [InlineData("United States")]
    [InlineData("UNITED STATES")]
    public void Short_forms_of_a_country_find_its_canonical_name(string form)
    {
        var entry = Default.Find(form);

        Assert.NotNull(entry);
        Assert.Equal(new GazetteerEntry("United States", EntityKind.Place, "country", "US"), entry);
    }

    [Theory]
    [InlineData("us")]
    [InlineData("Us")]
    [InlineData("u.s.")]
    [InlineData("who")]
    [InlineData("ap")]
    public void Short_capital_forms_are_not_found_in_other_cases(string form) => Assert.Null(Default.Find(form));

    [Fact]
    public void A_short_capital_form_is_trusted_when_printed_in_capitals()
    {
        Assert.Equal(new GazetteerEntry("Associated Press", EntityKind.Organization, null, null), Default.Find("AP"));
        Assert.Equal("World Health Organization", Default.Find("WHO")?.Name);
    }

    [Fact]
    public void An_organization_is_found_by_its_name_and_its_aliases()
    {
        Assert.Equal(EntityKind.Organization, Default.Find("Associated Press")?.Kind);
        Assert.Equal("State Department", Default.Find("Department of State")?.Name);
        Assert.Equal("United Nations", Default.Find("U.N.")?.Name);
    }

    [Theory]
    [InlineData("Harbour Workers Union")]
    [InlineData("Ruiz")]
    [InlineData("")]
    public void An_unknown_name_is_not_found(string form) => Assert.Null(Default.Find(form));

    [Theory]
    [InlineData("Mexican", "Mexico")]
    [InlineData("mexican", "Mexico")]
    [InlineData("Dutch", "Netherlands")]
    [InlineData("American", "United States")]
    [InlineData("South Korean", "South Korea")]
    public void A_demonym_names_its_country(string demonym, string country) => Assert.Equal(country, Default.CountryOfDemonym(demonym));

    [Theory]
    [InlineData("Mexico")]
    [InlineData("Ruiz")]
    public void A_word_that_is_not_a_demonym_has_no_country(string word) => Assert.Null(Default.CountryOfDemonym(word));

    [Fact]
    public void Word_lists_answer_case_insensitively()
    {
        Assert.True(Default.IsFirstName("Ana"));
        Assert.True(Default.IsFirstName("pedro"));
        Assert.False(Default.IsFirstName("Ruiz"));
        Assert.True(Default.IsCommonWord("Instead"));
        Assert.False(Default.IsCommonWord("Harbour"));
        Assert.True(Default.IsOrganizationWord("union"));
        Assert.True(Default.IsOrganizationWord("Ministry"));
        Assert.True(Default.IsEventWord("War"));
        Assert.True(Default.IsPlaceWord("Palace"));
        Assert.False(Default.IsPlaceWord("Union"));
        Assert.True(Default.IsSpeechVerb("said"));
        Assert.False(Default.IsSpeechVerb("sailed"));
    }

    [Fact]
    public void Default_is_loaded_once() => Assert.Same(Gazetteer.Default, Gazetteer.Default);

    [Fact]
    public void A_gazetteer_built_from_lists_applies_the_same_rules()
    {
        var entry = new GazetteerEntry("Port Kessel Authority", EntityKind.Organization, null, null);
        var kessel = new GazetteerEntry("Kessel", EntityKind.Place, "country", "KS");
        var capital = new GazetteerEntry("Kesselburg", EntityKind.Place, "city", "KS");
        var harbour = new GazetteerEntry("Lower Kessel", EntityKind.Place, "city", "KS");
        var gazetteer = new Gazetteer(
            [("Port Kessel Authority", entry), ("PKA", entry), ("Kessel", kessel), ("Kesselburg", capital), ("Lower Kessel", harbour)],
            [("Kesselese", "Kessel")],
            ["Harbourmaster"],
            ["Ilse"],
            ["meanwhile"],
            ["Authority"],
            ["Regatta"],
            ["Quay"],
            ["radioed"],
            ["Kesselburg"]);

        Assert.Same(entry, gazetteer.Find("PORT KESSEL AUTHORITY"));
        Assert.Same(entry, gazetteer.Find("PKA"));
        Assert.Null(gazetteer.Find("pka"));
        Assert.Equal("Kessel", gazetteer.CountryOfDemonym("Kesselese"));
        Assert.True(gazetteer.Titles.IsTitle("harbourmaster"));
        Assert.True(gazetteer.IsFirstName("Ilse"));
        Assert.True(gazetteer.IsCommonWord("Meanwhile"));
        Assert.True(gazetteer.IsEventWord("regatta"));
        Assert.True(gazetteer.IsPlaceWord("Quay"));
        Assert.False(gazetteer.IsPlaceWord("Palace"));
        Assert.True(gazetteer.IsSpeechVerb("Radioed"));
        Assert.Same(kessel, gazetteer.CountryGovernedFrom(capital));
        Assert.Null(gazetteer.CountryGovernedFrom(harbour));
        Assert.Null(gazetteer.CountryGovernedFrom(kessel));
    }

    [Theory]
    [InlineData("Washington", "United States")]
    [InlineData("Caracas", "Venezuela")]
    [InlineData("Moscow", "Russia")]
    public void A_listed_capital_stands_for_its_country(string city, string country) =>
        Assert.Equal(country, Default.CountryGovernedFrom(Default.Find(city)!)?.Name);

    [Fact]
    public void Every_listed_seat_of_government_is_a_city_of_a_known_country()
    {
        var seats = typeof(Gazetteer).Assembly.GetManifestResourceStream("KnowledgeGraph.Extraction.Gazetteers.seats-of-government.txt")!;
        using var reader = new StreamReader(seats);
        var names = reader.ReadToEnd().Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0 && line[0] != '#').ToList();

        Assert.NotEmpty(names);
        Assert.All(names, name => Assert.NotNull(Default.CountryGovernedFrom(Default.Find(name) ?? throw new Xunit.Sdk.XunitException($"{name} is not in places.tsv"))));
    }
}
