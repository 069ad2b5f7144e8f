using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// Turns the failures a user can cause or fix (a missing file, a locked or foreign database, a full disk) into one
/// clear line on standard error and the documented exit code, instead of a stack trace.
/// </summary>
internal static class CommandFailure
{
    public static int Run(Func<int> action)
    {
        try
        {
            return action();
        }
        catch (InputNotFoundException missing)
        {
            return Fail(missing.Message, ExitCodes.InputProblem);
        }
        catch (SqliteException sqlite) when (sqlite.SqliteErrorCode is 5 or 6)
        {
            return Fail("the database is busy: another kg process is writing to it. Try again when it has finished.", ExitCodes.OutputProblem);
        }
        catch (Exception failure) when (failure is InvalidDataException or IOException or UnauthorizedAccessException or SqliteException or InvalidOperationException)
        {
            return Fail(failure.Message, ExitCodes.OutputProblem);
        }
    }

    private static int Fail(string message, int exitCode)
    {
        Console.Error.WriteLine($"kg: error: {message}");
        return exitCode;
    }
}

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
