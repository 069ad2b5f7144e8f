namespace KnowledgeGraph.Export.Tests;

/// <summary>
/// A fact that needs libxml2's <c>xmllint</c>. Skipped with a reason on a developer machine without it; when CI=true
/// it runs regardless, so a CI image that lost xmllint fails loudly instead of silently skipping.
/// </summary>
public sealed class XmllintFactAttribute : FactAttribute
{
    public XmllintFactAttribute()
    {
        if (!ExternalProgram.IsCi && Xmllint.Find() is null)
        {
            Skip = $"xmllint is not on PATH; install it ('{Xmllint.InstallCommand}') to run this test (with CI=true it fails instead of skipping).";
        }
    }
}
