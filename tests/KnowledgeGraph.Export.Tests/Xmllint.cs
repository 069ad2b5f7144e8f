namespace KnowledgeGraph.Export.Tests;

/// <summary>
/// Runs libxml2's <c>xmllint</c>, the XML parser behind most tools outside .NET, for tests that check our GraphML and
/// GEXF are well-formed by a parser other than the one that wrote them.
/// </summary>
internal static class Xmllint
{
    /// <summary>What CI runs; quoted in the messages when xmllint is missing.</summary>
    public const string InstallCommand = "apt-get install libxml2-utils";

    /// <summary>Full path of <c>xmllint</c> on PATH, or null.</summary>
    public static string? Find() => OperatingSystem.IsWindows() ? ExternalProgram.FindOnPath("xmllint.exe") : ExternalProgram.FindOnPath("xmllint");

    /// <summary>
    /// Parses every one of <paramref name="documents"/> with a single <c>xmllint --noout</c> run (a process per
    /// document would cost more than the parsing) and returns xmllint's complaints by document index, -1 for one it
    /// could not place: empty exactly when all are well-formed. There is no schema check, as the GraphML and GEXF
    /// schemas are not served offline.
    /// </summary>
    public static IReadOnlyDictionary<int, string> Complaints(IReadOnlyList<byte[]> documents, string extension)
    {
        var folder = Directory.CreateTempSubdirectory("kg-xmllint-");
        try
        {
            var files = documents.Select((document, index) =>
            {
                var file = Path.Combine(folder.FullName, index + extension);
                File.WriteAllBytes(file, document);
                return file;
            }).ToList();
            var run = ExternalProgram.Run(Require(), ["--noout", "--nonet", .. files]);
            // Each complaint starts with the file's path; the lines after it (the text and a caret) belong to it.
            var complaints = new Dictionary<int, string>();
            var current = -1;
            foreach (var line in run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                current = files.FindIndex(file => line.StartsWith(file + ":", StringComparison.Ordinal)) is var index and >= 0 ? index : current;
                complaints[current] = complaints.GetValueOrDefault(current) + line + "\n";
            }

            return run.ExitCode == 0 || complaints.Count > 0
                ? complaints
                : throw new InvalidOperationException($"xmllint exited with {run.ExitCode} without naming a file: {run.Error}");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Full path of <c>xmllint</c>, or an exception that says how to install it.</summary>
    private static string Require() => Find() ?? throw new InvalidOperationException(
        $"xmllint is not on PATH, and CI=true requires this test to run. Install it with: {InstallCommand}");
}
