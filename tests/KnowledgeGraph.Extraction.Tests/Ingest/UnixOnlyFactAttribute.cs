namespace KnowledgeGraph.Extraction.Tests.Ingest;

/// <summary>
/// A fact that needs Unix file-system behaviour (symbolic links any user may create), reported as skipped on
/// Windows rather than passing without having run.
/// </summary>
public sealed class UnixOnlyFactAttribute : FactAttribute
{
    public UnixOnlyFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "Needs Unix symbolic links.";
        }
    }
}
