namespace KnowledgeGraph.Export.Tests;

/// <summary>
/// A fact that reads a GEXF export with networkx. Skipped with a reason on a developer machine without networkx; when
/// CI=true it runs regardless, so a CI image that lost networkx fails loudly instead of silently skipping. A networkx
/// older than 3.0 cannot read GEXF 1.3 at all, so with only such a version the test is skipped everywhere, naming it.
/// </summary>
public sealed class NetworkxGexfFactAttribute : FactAttribute
{
    public NetworkxGexfFactAttribute()
    {
        if (Networkx.PythonReadingGexf13 is not null)
        {
            return;
        }

        if (Networkx.FoundVersion is { } tooOld)
        {
            Skip = $"networkx {tooOld} reads GEXF only up to 1.2draft; install networkx 3 or later (pip install 'networkx>=3') to run this test.";
        }
        else if (!ExternalProgram.IsCi)
        {
            Skip = "No python3 with networkx on PATH or at /usr/bin/python3; install networkx 3 or later to run this test (with CI=true it fails instead of skipping).";
        }
    }
}
