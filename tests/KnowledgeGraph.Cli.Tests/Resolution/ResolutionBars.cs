using Xunit.Abstractions;

namespace KnowledgeGraph.Cli.Tests.Resolution;

/// <summary>
/// Checks one of issue #4's bars on a <see cref="ResolutionScore"/>, first printing the figure and what cost points,
/// so a failing run says which entities and nodes to look at. Shared by the seed and the sample-article tests.
/// </summary>
internal sealed class ResolutionBars(ITestOutputHelper output)
{
    public void MustFindRecall(ResolutionScore score, double required)
    {
        output.WriteLine($"must-find recall: {score.MustFindRecall}");
        Print("missing", score.MissingMustFind.Select(e => $"{e.Id} ({e.Type}) [{string.Join(" | ", e.Aliases)}]"));
        Assert.True(score.MustFindRecall.Value >= required, $"must-find recall {score.MustFindRecall} below {required:P0}");
    }

    public void Merged(ResolutionScore score, double required)
    {
        output.WriteLine($"merged, must-find: {score.MergedMustFind}");
        output.WriteLine($"merged, all found: {score.MergedAll}");
        Print("split", score.Split);
        Assert.True(score.MergedMustFind.Value >= required, $"merged {score.MergedMustFind} below {required:P0}");
    }

    public void WrongMerges(ResolutionScore score, int allowed)
    {
        output.WriteLine($"nodes joining two or more gold entities: {score.WrongMerges.Count}");
        Print("wrongly merged", score.WrongMerges);
        Assert.True(score.WrongMerges.Count <= allowed, $"{score.WrongMerges.Count} wrong merges, at most {allowed} allowed");
    }

    public void Precision(ResolutionScore score, double required)
    {
        output.WriteLine($"person/organization/place nodes matching a gold alias: {score.Precision}");
        Print("not matching", score.UnmatchedNodes.Select(n => $"{n} mentions [{string.Join(" | ", n.MentionTexts.Distinct())}]"));
        Assert.True(score.Precision.Value >= required, $"precision {score.Precision} below {required:P0}");
    }

    private void Print<T>(string heading, IEnumerable<T> items)
    {
        var list = items.ToList();
        output.WriteLine($"{heading} ({list.Count}):");
        foreach (var item in list)
        {
            output.WriteLine($"  {item}");
        }
    }
}
