using System.Collections.Frozen;
using KnowledgeGraph.Core;
using KnowledgeGraph.Extraction.Names;

namespace KnowledgeGraph.Extraction.Gazetteers;

/// <summary>
/// The read-only word lists extraction consults: places, organizations, demonyms, titles, first names, and the
/// head words that type a name. Loaded once from embedded data files (their sources are noted in each file).
/// </summary>
public sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> Embedded = new(LoadEmbedded);

    private readonly FrozenDictionary<string, GazetteerEntry> _exactNames;
    private readonly FrozenDictionary<string, GazetteerEntry> _foldedNames;
    private readonly FrozenDictionary<string, string> _demonyms;
    private readonly FrozenSet<string> _firstNames;
    private readonly FrozenSet<string> _commonWords;
    private readonly FrozenSet<string> _organizationWords;
    private readonly FrozenSet<string> _eventWords;
    private readonly FrozenSet<string> _placeWords;
    private readonly FrozenSet<string> _speechVerbs;
    private readonly FrozenSet<string> _seatsOfGovernment;
    private readonly FrozenDictionary<string, GazetteerEntry> _countriesByCode;

    public Gazetteer(
        IEnumerable<(string Form, GazetteerEntry Entry)> names,
        IEnumerable<(string Demonym, string Country)> demonyms,
        IEnumerable<string> titles,
        IEnumerable<string> firstNames,
        IEnumerable<string> commonWords,
        IEnumerable<string> organizationWords,
        IEnumerable<string> eventWords,
        IEnumerable<string> placeWords,
        IEnumerable<string> speechVerbs,
        IEnumerable<string> seatsOfGovernment)
    {
        var exact = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        var folded = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        foreach (var (form, entry) in names)
        {
            exact.TryAdd(form, entry);

            // Short all-capital forms ("US", "WHO", "ICE") are only trusted in capitals; "us" and "who" are words.
            if (!IsShortCapitals(form))
            {
                folded.TryAdd(NameKey.Fold(form), entry);
            }
        }

        _exactNames = exact.ToFrozenDictionary(StringComparer.Ordinal);
        _countriesByCode = exact.Values
            .Where(entry => entry.PlaceType == "country" && entry.CountryCode is not null)
            .DistinctBy(entry => entry.CountryCode)
            .ToFrozenDictionary(entry => entry.CountryCode!, StringComparer.Ordinal);
        _foldedNames = folded.ToFrozenDictionary(StringComparer.Ordinal);
        _demonyms = demonyms.ToFrozenDictionary(d => d.Demonym, d => d.Country, StringComparer.OrdinalIgnoreCase);
        Titles = new TitleLexicon(titles);
        _firstNames = firstNames.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _commonWords = commonWords.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _organizationWords = organizationWords.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _eventWords = eventWords.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _placeWords = placeWords.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _speechVerbs = speechVerbs.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _seatsOfGovernment = seatsOfGovernment.ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The gazetteer built from the data files shipped inside this assembly.</summary>
    public static Gazetteer Default => Embedded.Value;

    public TitleLexicon Titles { get; }

    /// <summary>
    /// Looks a name up as printed, then folded as <see cref="NameKey.Fold"/> folds names, so that "MEXICO CITY",
    /// "México" and "Bogota" find Mexico City, Mexico and Bogotá.
    /// </summary>
    public GazetteerEntry? Find(string form) =>
        _exactNames.GetValueOrDefault(form) ?? _foldedNames.GetValueOrDefault(NameKey.Fold(form));

    /// <summary>
    /// The country a demonym refers to ("Mexican" → "Mexico"), "-" for a group word with no one country ("Latino"),
    /// or null when <paramref name="word"/> is not a demonym.
    /// </summary>
    public string? CountryOfDemonym(string word) => _demonyms.GetValueOrDefault(word);

    /// <summary>A demonym, singular or plural ("Mexican", "Mexicans"): the list holds the singular forms.</summary>
    public bool IsDemonym(string word) =>
        CountryOfDemonym(word) is not null || (word.Length > 3 && word.EndsWith('s') && CountryOfDemonym(word[..^1]) is not null);

    public bool IsFirstName(string word) => _firstNames.Contains(word);

    public bool IsCommonWord(string word) => _commonWords.Contains(word);

    public bool IsOrganizationWord(string word) => _organizationWords.Contains(word);

    public bool IsEventWord(string word) => _eventWords.Contains(word);

    public bool IsPlaceWord(string word) => _placeWords.Contains(word);

    /// <summary>A verb of saying ("said", "told"): the name next to it is a person's (or a body speaking).</summary>
    public bool IsSpeechVerb(string word) => _speechVerbs.Contains(word);

    /// <summary>
    /// The country whose government a capital's name can stand for ("Washington" → United States), or null when
    /// <paramref name="place"/> is not a listed seat of government.
    /// </summary>
    public GazetteerEntry? CountryGovernedFrom(GazetteerEntry place) =>
        place.Kind == EntityKind.Place && place.CountryCode is { } code && _seatsOfGovernment.Contains(place.Name)
            ? _countriesByCode.GetValueOrDefault(code)
            : null;

    private static bool IsShortCapitals(string form) =>
        form.Length <= 4 && form.All(c => !char.IsLetter(c) || char.IsUpper(c));

    private static Gazetteer LoadEmbedded()
    {
        var names = new List<(string, GazetteerEntry)>();
        foreach (var row in Rows("places.tsv"))
        {
            var entry = new GazetteerEntry(row[0], EntityKind.Place, Column(row, 1), Column(row, 2));
            names.AddRange(Forms(row, 3).Select(form => (form, entry)));
        }

        foreach (var row in Rows("organizations.tsv"))
        {
            var entry = new GazetteerEntry(row[0], EntityKind.Organization, null, null);
            names.AddRange(Forms(row, 1).Select(form => (form, entry)));
        }

        return new Gazetteer(
            names,
            Rows("demonyms.tsv").Select(row => (row[0], row[1])),
            Lines("titles.txt"),
            Lines("first-names.txt"),
            Lines("common-words.txt"),
            Lines("organization-words.txt"),
            Lines("event-words.txt"),
            Lines("place-words.txt"),
            Lines("speech-verbs.txt"),
            Lines("seats-of-government.txt"));
    }

    /// <summary>The canonical name in column 0 and the aliases in the |-separated column.</summary>
    private static IEnumerable<string> Forms(string[] row, int aliasColumn) =>
        new[] { row[0] }.Concat((Column(row, aliasColumn) ?? string.Empty).Split('|', StringSplitOptions.RemoveEmptyEntries));

    private static string? Column(string[] row, int index) =>
        index < row.Length && row[index].Length > 0 ? row[index] : null;

    private static IEnumerable<string[]> Rows(string resource) => Lines(resource).Select(line => line.Split('\t'));

    private static IEnumerable<string> Lines(string resource) => EmbeddedList.Lines(resource);
}
