using KnowledgeGraph.Extraction.Tagging;

namespace KnowledgeGraph.Extraction.Tests.Tagging;

public class NameConnectorsTests
{
    [Theory]
    [InlineData("de", true)]
    [InlineData("De", true)]
    [InlineData("van", true)]
    [InlineData("der", true)]
    [InlineData("of", false)]
    [InlineData("Ruiz", false)]
    public void Particles_are_matched_in_any_case(string word, bool expected) => Assert.Equal(expected, NameConnectors.IsParticle(word));

    [Theory]
    [InlineData("of", true)]
    [InlineData("the", true)]
    [InlineData("&", true)]
    [InlineData("Of", false)]
    [InlineData("de", false)]
    public void Function_words_are_the_lower_case_glue_of_institution_names(string word, bool expected) =>
        Assert.Equal(expected, NameConnectors.IsFunctionWord(word));

    [Theory]
    [InlineData("of", true)]
    [InlineData("la", true)]
    [InlineData("La", false)]
    [InlineData("said", false)]
    public void Only_lower_case_particles_and_function_words_join_a_name(string word, bool expected) =>
        Assert.Equal(expected, NameConnectors.CanJoin(word));
}
