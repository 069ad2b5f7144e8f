using KnowledgeGraph.Extraction.Quotes;

namespace KnowledgeGraph.Extraction.Tests.Quotes;

public class GivenNameGendersTests
{
    [Theory]
    [InlineData("Claudia", PersonGender.Female)]
    [InlineData("claudia", PersonGender.Female)]
    [InlineData("Ramón", PersonGender.Male)]
    [InlineData("Françoise", PersonGender.Female)]
    [InlineData("João", PersonGender.Male)]
    [InlineData("Mrs.", PersonGender.Female)]
    [InlineData("Mr.", PersonGender.Male)]
    [InlineData("Jean-Claude", PersonGender.Unknown)]
    [InlineData("Jean-Luc", PersonGender.Male)]
    [InlineData("Andrea", PersonGender.Unknown)]
    [InlineData("Sheinbaum", PersonGender.Unknown)]
    public void The_shipped_list_tells_the_gender_of_common_given_names_and_honorifics(string word, PersonGender expected) =>
        Assert.Equal(expected, GivenNameGenders.Default.Of(word));

    [Fact]
    public void A_name_listed_with_both_genders_tells_nothing()
    {
        var names = new GivenNameGenders([("Alex", PersonGender.Male), ("Alex", PersonGender.Female), ("Lena", PersonGender.Female)]);

        Assert.Equal(PersonGender.Unknown, names.Of("Alex"));
        Assert.Equal(PersonGender.Female, names.Of("Lena"));
    }

    [Fact]
    public void A_hyphenated_name_not_listed_whole_is_judged_by_its_first_part()
    {
        var names = new GivenNameGenders([("Anna", PersonGender.Female)]);

        Assert.Equal(PersonGender.Female, names.Of("Anna-Lena"));
        Assert.Equal(PersonGender.Unknown, names.Of("Lena-Anna"));
    }
}
