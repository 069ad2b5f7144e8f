namespace KnowledgeGraph.Cli.Commands;

/// <summary>A file the user named does not exist.</summary>
internal sealed class InputNotFoundException(string message) : Exception(message)
{
    public static void ThrowIfMissing(FileInfo file, string what)
    {
        if (!file.Exists)
        {
            throw new InputNotFoundException($"{what} '{file.FullName}' does not exist.");
        }
    }
}
