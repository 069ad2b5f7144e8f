using System.CommandLine;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// The PATH... argument of the commands that read articles. A word that looks like an option ("--db" given to a command
/// that has no --db) would otherwise be taken as a path and reported as a missing file, which hides the real mistake.
/// Such a word is a path only when something exists at it; "./-name" or "--" before it names a file whose name starts
/// with a dash.
/// </summary>
internal static class ArticlePathsArgument
{
    public static Argument<string[]> Create(string description, ArgumentArity arity)
    {
        var paths = new Argument<string[]>("PATH") { Description = description, Arity = arity };
        paths.Validators.Add(result =>
        {
            foreach (var path in result.GetValueOrDefault<string[]>() ?? [])
            {
                if (path.StartsWith('-') && path.Length > 1 && !File.Exists(path) && !Directory.Exists(path))
                {
                    result.AddError(
                        $"'{path}' is not an option of this command (see --help). To name a file that starts with a dash, write ./{path}.");
                }
            }
        });
        return paths;
    }
}
