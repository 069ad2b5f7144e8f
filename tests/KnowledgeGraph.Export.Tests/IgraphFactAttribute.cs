namespace KnowledgeGraph.Export.Tests;

/// <summary>
/// A fact that reads a GraphML export with python-igraph. Skipped with a reason on a developer machine without it;
/// when CI=true it runs regardless, so a CI image that lost igraph fails loudly instead of silently skipping.
/// </summary>
public sealed class IgraphFactAttribute : FactAttribute
{
    public IgraphFactAttribute()
    {
        if (!ExternalProgram.IsCi && Igraph.PythonWithIgraph is null)
        {
            Skip = $"No python3 with igraph on PATH or at /usr/bin/python3; install it ('{Igraph.InstallCommand}' or pip install igraph) to run this test (with CI=true it fails instead of skipping).";
        }
    }
}
