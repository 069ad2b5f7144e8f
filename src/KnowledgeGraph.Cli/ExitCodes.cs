namespace KnowledgeGraph.Cli;

/// <summary>The process exit codes of <c>kg</c>, documented in the README; scripts rely on them.</summary>
internal static class ExitCodes
{
    /// <summary>Everything asked for was done.</summary>
    public const int Ok = 0;

    /// <summary>The command line was wrong: unknown command or option, missing argument.</summary>
    public const int Usage = 1;

    /// <summary>Some input could not be used (missing path, unreadable or unusable file); the rest was processed.</summary>
    public const int InputProblem = 2;

    /// <summary>The database or an output file could not be opened or written.</summary>
    public const int OutputProblem = 3;

    /// <summary>A bug in kg stopped the command; the message asks for a report.</summary>
    public const int InternalError = 4;

    /// <summary><c>kg query</c> refused SQL that could change the database, or that is not exactly one statement; nothing ran.</summary>
    public const int QueryRefused = 5;
}
