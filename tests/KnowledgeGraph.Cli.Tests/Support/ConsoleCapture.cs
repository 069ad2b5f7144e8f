namespace KnowledgeGraph.Cli.Tests.Support;

/// <summary>Runs <c>kg</c> in-process with its standard output and error captured.</summary>
internal static class ConsoleCapture
{
    public static (int Exit, string Output, string Errors) Run(params string[] args)
    {
        var (originalOut, originalError) = (Console.Out, Console.Error);
        using var output = new StringWriter();
        using var errors = new StringWriter();
        Console.SetOut(output);
        Console.SetError(errors);
        Spectre.Console.AnsiConsole.Console = Spectre.Console.AnsiConsole.Create(new Spectre.Console.AnsiConsoleSettings
        {
            Out = new Spectre.Console.AnsiConsoleOutput(output),
            Interactive = Spectre.Console.InteractionSupport.No,
        });
        try
        {
            var exit = Program.Main(args);
            return (exit, output.ToString(), errors.ToString());
        }
        finally
        {
            Console.SetOut(originalOut);
            Console.SetError(originalError);
        }
    }
}
