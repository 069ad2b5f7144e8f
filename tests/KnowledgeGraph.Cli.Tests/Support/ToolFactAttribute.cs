namespace KnowledgeGraph.Cli.Tests.Support;

/// <summary>
/// A test that runs an outside program as a real consumer of our files (Graphviz, networkx). Skipped when the program
/// is missing on a developer's machine; on CI (CI=true), where .ci/run installs it, it must run.
/// </summary>
public sealed class ToolFactAttribute : FactAttribute
{
    public ToolFactAttribute(string tool)
    {
        var available = tool == "networkx" ? ExternalTool.PythonWithNetworkx() is not null : ExternalTool.Find(tool) is not null;
        if (!available && !SharedDataFactAttribute.IsCi)
        {
            Skip = $"{tool} is not installed (.ci/run installs it)";
        }
    }
}
