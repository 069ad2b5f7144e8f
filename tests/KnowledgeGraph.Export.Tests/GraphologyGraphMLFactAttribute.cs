namespace KnowledgeGraph.Export.Tests;

/// <summary>
/// A fact that needs Node.js with graphology and graphology-graphml. Skipped with a reason on a developer machine
/// without them; when CI=true it runs regardless, so a CI image that lost them fails loudly instead of silently skipping.
/// </summary>
public sealed class GraphologyGraphMLFactAttribute : FactAttribute
{
    public GraphologyGraphMLFactAttribute()
    {
        if (!ExternalProgram.IsCi && !GraphologyGraphML.IsAvailable)
        {
            Skip = $"Node.js with graphology-graphml is not available; install it with '{GraphologyGraphML.InstallCommand}' (or into a folder named by NODE_PATH) to run this test (with CI=true it fails instead of skipping).";
        }
    }
}
