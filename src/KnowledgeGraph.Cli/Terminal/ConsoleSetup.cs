using Spectre.Console;

namespace KnowledgeGraph.Cli.Terminal;

/// <summary>
/// Chooses how kg writes to standard output: colours and a progress bar on a terminal; plain, unwrapped text when the
/// output goes to a file or a pipe, so logs and scripts get no escape codes and no line breaks in mid-sentence.
/// </summary>
internal static class ConsoleSetup
{
    /// <summary>Wide enough that no summary line or table is ever wrapped in a file.</summary>
    private const int RedirectedWidth = 4096;

    public static void ForCurrentProcess()
    {
        if (!Console.IsOutputRedirected)
        {
            return;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(Console.Out),
        });
        console.Profile.Width = RedirectedWidth;
        AnsiConsole.Console = console;
    }
}
