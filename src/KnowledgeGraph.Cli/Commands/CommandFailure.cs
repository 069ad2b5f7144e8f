using KnowledgeGraph.Cli.Pipeline;
using KnowledgeGraph.Core.Graph.Views;
using KnowledgeGraph.Storage;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// Turns the failures a user can cause or fix (a missing file, a locked or foreign database, a full disk) into one
/// clear line on standard error and the documented exit code, instead of a stack trace. Anything else is a bug in kg:
/// it gets its own exit code and the details needed to report it.
/// </summary>
internal static class CommandFailure
{
    public static int Run(Func<int> action)
    {
        try
        {
            return action();
        }
        catch (Exception input) when (input is InputNotFoundException or UnusableInputException)
        {
            return Fail(input.Message, ExitCodes.InputProblem);
        }
        catch (FocusResolutionException focus)
        {
            // As for 'kg show': a name that matches nothing is an input problem, one that needs narrowing a usage error.
            return Fail(focus.Message, focus.Problem == FocusProblem.Unknown ? ExitCodes.InputProblem : ExitCodes.Usage);
        }
        catch (QueryRefusedException refused)
        {
            return Fail(refused.Message, ExitCodes.QueryRefused);
        }
        catch (SqliteException sqlite) when (sqlite.SqliteErrorCode is 5 or 6)
        {
            return Fail("the database is busy: another program is writing to it. Try again when it has finished.", ExitCodes.OutputProblem);
        }
        catch (Exception failure) when (failure is InvalidDataException or IOException or UnauthorizedAccessException or SqliteException or GraphvizException)
        {
            return Fail(failure.Message, ExitCodes.OutputProblem);
        }
        catch (Exception bug) when (bug is not OutOfMemoryException)
        {
            Console.Error.WriteLine(bug);
            return Fail($"an internal error stopped kg ({bug.GetType().Name}: {bug.Message}). Work committed before it is kept. Please report this with the details above.", ExitCodes.InternalError);
        }
    }

    private static int Fail(string message, int exitCode)
    {
        Console.Error.WriteLine($"kg: error: {message}");
        return exitCode;
    }
}
