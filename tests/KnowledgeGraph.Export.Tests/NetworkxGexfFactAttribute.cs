namespace KnowledgeGraph.Export.Tests;

/// <summary>
/// A fact that reads a GEXF export with networkx. Skipped with a reason on a developer machine without networkx; when
/// CI=true it runs regardless, so a CI image that lost networkx, or has only one older than 3.0 (which cannot read
/// GEXF 1.3 at all; .ci/run installs a newer one), fails loudly instead of silently skipping.
/// </summary>
public sealed class NetworkxGexfFactAttribute : FactAttribute
{
    public NetworkxGexfFactAttribute()
    {
        if (Networkx.PythonReadingGexf13 is not null || ExternalProgram.IsCi)
        {
            return;
        }

        if (Networkx.FoundVersion is { } tooOld)
        {
            Skip = $"networkx {tooOld} reads GEXF only up to 1.2draft; install networkx 3 or later (pip install 'networkx>=3') to run this test.";
        }
        else
        {
            Skip = "No python3 with networkx on PATH or at /usr/bin/python3; install networkx 3 or later to run this test (with CI=true it fails instead of skipping).";
        }
    }
}
