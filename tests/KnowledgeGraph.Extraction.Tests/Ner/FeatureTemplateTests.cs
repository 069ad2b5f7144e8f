using System.Reflection;
using KnowledgeGraph.Extraction.Ner;

namespace KnowledgeGraph.Extraction.Tests.Ner;

public class FeatureTemplateTests
{
    [Fact]
    public void The_template_numbers_never_change()
    {
        // A regression pin on purpose: each number seeds the hashes of its features, so the saved model's weights
        // mean something only as long as the numbers stay. Add templates at the end; never renumber.
        var expected = new[]
        {
            "Bias", "Word", "Lower", "Shape", "Prefix", "Suffix", "LowerAt", "ShapeAt", "ShapePair", "LowerPair",
            "SentenceStart", "Headline", "Cluster", "ClusterAt", "Gazetteer", "GazetteerAt", "SeenLowerCase",
            "SeenMixedCase", "PreviousTag", "PreviousTags", "PreviousTagAndLower", "PreviousTagAndShape", "History",
            "HistoryLast", "FirstPassVote", "NameRunEnd",
        };

        Assert.Equal(
            expected.Select((name, i) => (name, (ulong)(i + 1))),
            Enum.GetValues<FeatureTemplate>().Select(t => (t.ToString(), (ulong)t)));
    }

    [Fact]
    public void Every_template_has_a_test_of_its_own()
    {
        // The static templates are tested in NerFeatureExtractorTests, the tag-dependent ones in GreedyDecoderTests,
        // each by a test whose name starts with the template's name. A new template without one fails here.
        var tests = new[] { typeof(NerFeatureExtractorTests), typeof(GreedyDecoderTests) }
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Instance))
            .Where(method => method.GetCustomAttributes<FactAttribute>().Any(fact => fact.Skip is null))
            .Select(method => method.Name)
            .ToList();

        var untested = Enum.GetNames<FeatureTemplate>().Where(name => !tests.Any(test => test.StartsWith(name + "_", StringComparison.Ordinal)));

        Assert.Empty(untested);
    }
}
