namespace KnowledgeGraph.Extraction.Ingest;

/// <summary>
/// Every file below a directory, following symbolic links but never entering the same real directory twice, so
/// a link that points back up the tree cannot make the walk endless.
/// </summary>
internal static class DirectoryWalker
{
    public static IEnumerable<string> FilesUnder(string root, ICollection<ReadProblem> problems)
    {
        // Hidden entries (".git", editor swap files) are never articles.
        var oneLevel = new EnumerationOptions
        {
            RecurseSubdirectories = false,
            IgnoreInaccessible = true,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        };
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            if (!visited.Add(RealPath(directory)))
            {
                continue;
            }

            string[] files;
            string[] subdirectories;
            try
            {
                files = Directory.GetFiles(directory, "*", oneLevel);
                subdirectories = Directory.GetDirectories(directory, "*", oneLevel);
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                problems.Add(new ReadProblem(directory, $"The directory could not be listed: {error.Message}", Skipped: true));
                continue;
            }

            foreach (var file in files)
            {
                yield return file;
            }

            // Sorted so that, when two links lead to one directory, the same one wins on every machine.
            Array.Sort(subdirectories, StringComparer.Ordinal);
            foreach (var subdirectory in subdirectories)
            {
                pending.Push(subdirectory);
            }
        }
    }

    private static string RealPath(string directory)
    {
        try
        {
            var target = new DirectoryInfo(directory).ResolveLinkTarget(returnFinalTarget: true);
            return Path.GetFullPath(target?.FullName ?? directory);
        }
        catch (IOException)
        {
            return Path.GetFullPath(directory);
        }
    }
}
