namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// A file the user named exists but cannot be used: unreadable, malformed, or a tagger model made for other lexicons.
/// Like a missing file it is the user's to fix, so it gets exit code 2 and one line naming the file.
/// </summary>
internal sealed class UnusableInputException(string message, Exception? cause = null) : Exception(message, cause);
