namespace KnowledgeGraph.Extraction.Ingest;

/// <summary>
/// The wanted files below a directory. Symbolic links to directories found on the way are not followed: a link
/// can lead back up the tree, or into it again under another name, and checking link targets does not catch every
/// such loop, while a walk of real directories only is always finite. The directory the user named is walked even
/// when it is itself a link. Links to files are read like files; a link whose target is gone is reported.
/// </summary>
internal static class DirectoryWalker
{
    private enum EntryKind
    {
        File,
        Directory,
        DirectoryLink,
        DanglingLink,
    }

    public static IEnumerable<string> FilesUnder(string root, Func<string, bool> isWanted, ICollection<ReadProblem> problems)
    {
        // Hidden entries (".git", editor swap files) are never articles.
        var oneLevel = new EnumerationOptions
        {
            RecurseSubdirectories = false,
            IgnoreInaccessible = true,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        };
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            FileSystemInfo[] entries;
            try
            {
                entries = new DirectoryInfo(directory).GetFileSystemInfos("*", oneLevel);
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                problems.Add(new ReadProblem(directory, $"The directory could not be listed: {error.Message}", Skipped: true));
                continue;
            }

            // Listing order is the file system's; sorting keeps the order of reported problems the same everywhere.
            Array.Sort(entries, (left, right) => string.CompareOrdinal(left.Name, right.Name));
            var subdirectories = new List<string>();
            foreach (var entry in entries)
            {
                // Built from the directory as given, so relative input stays relative.
                var path = Path.Combine(directory, entry.Name);
                switch (KindOf(entry))
                {
                    case EntryKind.Directory:
                        subdirectories.Add(path);
                        break;
                    case EntryKind.DirectoryLink:
                        problems.Add(new ReadProblem(path, "Skipped because it is a link to a folder, and links met while walking a folder are not followed (name it on its own to read it).", Skipped: true));
                        break;
                    case EntryKind.DanglingLink when isWanted(path):
                        problems.Add(new ReadProblem(path, "Skipped because it is a symbolic link whose target does not exist.", Skipped: true));
                        break;
                    case EntryKind.File when isWanted(path):
                        yield return path;
                        break;
                }
            }

            for (var i = subdirectories.Count - 1; i >= 0; i--)
            {
                pending.Push(subdirectories[i]);
            }
        }
    }

    private static EntryKind KindOf(FileSystemInfo entry)
    {
        FileSystemInfo? target;
        try
        {
            target = entry.ResolveLinkTarget(returnFinalTarget: true);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // A chain of links that loops, or one that cannot be read, leads nowhere either.
            return EntryKind.DanglingLink;
        }

        if (target is null)
        {
            return entry is DirectoryInfo ? EntryKind.Directory : EntryKind.File;
        }

        // Asked of the final target, not of the link: File.Exists is true for a link whose target is gone.
        return Directory.Exists(target.FullName) ? EntryKind.DirectoryLink
            : File.Exists(target.FullName) ? EntryKind.File
            : EntryKind.DanglingLink;
    }
}
