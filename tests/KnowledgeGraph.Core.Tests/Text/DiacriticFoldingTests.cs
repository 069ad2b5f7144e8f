using KnowledgeGraph.Core.Text;

namespace KnowledgeGraph.Core.Tests.Text;

public class DiacriticFoldingTests
{
    [Theory]
    [InlineData("Ramón Núñez", "Ramon Nunez")]
    [InlineData("Søren Kjærgaard", "Soren Kjaergaard")]
    [InlineData("Straße", "Strasse")]
    [InlineData("Łódź", "Lodz")]
    [InlineData("Đoković", "Dokovic")]
    [InlineData("Þórunn", "Thorunn")]
    [InlineData("Œuvre", "OEuvre")]
    [InlineData("Ștefan Țurcanu", "Stefan Turcanu")]
    public void Accented_latin_letters_become_their_base_letters(string text, string expected) =>
        Assert.Equal(expected, DiacriticFolding.Fold(text));

    [Theory]
    [InlineData("plain ascii")]
    [InlineData("北京 and Москва")]
    public void Text_without_latin_accents_is_unchanged(string text) => Assert.Equal(text, DiacriticFolding.Fold(text));
}
