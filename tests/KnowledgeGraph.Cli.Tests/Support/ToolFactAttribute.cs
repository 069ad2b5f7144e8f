using KnowledgeGraph.Export.Tests;

namespace KnowledgeGraph.Cli.Tests.Support;

/// <summary>
/// A test that runs an outside program as a real consumer of our files (Graphviz, networkx). Skipped when the program
/// is missing on a developer's machine; on CI (CI=true), where .ci/run installs it, it must run. With
/// <see cref="NeedsSharedData"/> it is also skipped, outside CI, when ../shared is absent.
/// </summary>
public sealed class ToolFactAttribute : FactAttribute
{
    public ToolFactAttribute(string tool) => Tool = tool;

    public string Tool { get; }

    /// <summary>The test also reads the seed articles in ../shared.</summary>
    public bool NeedsSharedData
    {
        get => field;
        init
        {
            field = value;
            if (value && !Directory.Exists(RepositoryLayout.Seeds) && !SharedDataFactAttribute.IsCi)
            {
                Skip = $"needs the shared folder with seeds at {RepositoryLayout.Seeds}";
            }
        }
    }

    public override string? Skip
    {
        get => base.Skip ?? (IsAvailable(Tool) || SharedDataFactAttribute.IsCi ? null : $"{Tool} is not installed (.ci/run installs it)");
        set => base.Skip = value;
    }

    private static bool IsAvailable(string tool) =>
        tool == "networkx" ? Python.Importing("networkx") is not null : ExternalProgram.FindOnPath(tool) is not null;
}
