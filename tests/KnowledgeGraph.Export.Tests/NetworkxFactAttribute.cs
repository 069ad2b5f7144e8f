namespace KnowledgeGraph.Export.Tests;

/// <summary>
/// A fact that reads a GraphML export with networkx, any version. Skipped with a reason on a developer machine without
/// networkx; when CI=true it runs regardless, so a CI image that lost networkx fails loudly instead of silently skipping.
/// </summary>
public sealed class NetworkxFactAttribute : FactAttribute
{
    public NetworkxFactAttribute()
    {
        if (!ExternalProgram.IsCi && Networkx.PythonReadingGraphML is null)
        {
            Skip = $"No python3 with networkx on PATH or at /usr/bin/python3; install it ('{Networkx.InstallCommand}' or pip install networkx) to run this test (with CI=true it fails instead of skipping).";
        }
    }
}
