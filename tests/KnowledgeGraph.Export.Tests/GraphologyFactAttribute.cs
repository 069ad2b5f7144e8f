namespace KnowledgeGraph.Export.Tests;

/// <summary>
/// A fact that needs Node.js with graphology. Skipped with a reason on a developer machine without them; when CI=true
/// it runs regardless, so a CI image that lost graphology fails loudly instead of silently skipping.
/// </summary>
public sealed class GraphologyFactAttribute : FactAttribute
{
    public GraphologyFactAttribute()
    {
        if (!ExternalProgram.IsCi && !Graphology.IsAvailable)
        {
            Skip = $"Node.js with graphology is not available; install it with '{Graphology.InstallCommand}' (or into a folder named by NODE_PATH) to run this test (with CI=true it fails instead of skipping).";
        }
    }
}
