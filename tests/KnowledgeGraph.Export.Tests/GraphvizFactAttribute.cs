namespace KnowledgeGraph.Export.Tests;

/// <summary>
/// A fact that needs Graphviz <c>dot</c>. Skipped with a reason on a developer machine without Graphviz; when
/// CI=true it runs regardless, so a CI image that lost Graphviz fails loudly instead of silently skipping.
/// </summary>
public sealed class GraphvizFactAttribute : FactAttribute
{
    public GraphvizFactAttribute()
    {
        if (!Graphviz.IsCi && Graphviz.FindDot() is null)
        {
            Skip = "Graphviz 'dot' is not on PATH; install graphviz to run this test (with CI=true it fails instead of skipping).";
        }
    }
}
