namespace KnowledgeGraph.Extraction.Ingest;

/// <summary>The entry point of ingest: which files to read, and reading one of them.</summary>
public static class ArticleSource
{
    /// <summary>
    /// The largest file read. The file is held in memory twice over while it is decoded, so an unbounded one could
    /// exhaust memory; 100 MB is hundreds of times any news article and still takes a large JSON Lines feed.
    /// </summary>
    public const long MaxFileBytes = 100L * 1024 * 1024;

    /// <summary>
    /// Files with an extension in <see cref="ArticleFormats.SupportedExtensions"/>, walking directories
    /// recursively without following links to directories met on the way, in a deterministic order (ordinal sort
    /// of full paths). Missing paths and unsupported explicitly-named files become problems. Paths keep the form they were
    /// given in (relative stays relative), so stored paths do not depend on where the corpus sits on disk.
    /// </summary>
    public static IReadOnlyList<string> ExpandPaths(IEnumerable<string> paths, ICollection<ReadProblem> problems)
    {
        var filesByFullPath = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var file in DirectoryWalker.FilesUnder(path, IsSupported, problems))
                {
                    filesByFullPath.TryAdd(Path.GetFullPath(file), file);
                }
            }
            else if (File.Exists(path))
            {
                if (IsSupported(path))
                {
                    filesByFullPath.TryAdd(Path.GetFullPath(path), path);
                }
                else
                {
                    problems.Add(new ReadProblem(path, $"Skipped because {ArticleFormats.WhyUnsupported(path)}.", Skipped: true));
                }
            }
            else
            {
                problems.Add(new ReadProblem(path, "No file or directory exists at this path.", Skipped: true));
            }
        }

        return [.. filesByFullPath.Values];
    }

    /// <summary>
    /// Reads one file with the reader its extension selects. Never throws for bad content or I/O errors: they
    /// become problems.
    /// </summary>
    public static ReadResult ReadFile(string path)
    {
        var reader = ArticleFormats.ReaderFor(path);
        if (reader is null)
        {
            return ReadResult.Failed(new ReadProblem(path, $"Skipped because {ArticleFormats.WhyUnsupported(path)}.", Skipped: true));
        }

        byte[] bytes;
        try
        {
            // Asked of the final target of a link, because a link's own length is that of the path it holds.
            var target = new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true) as FileInfo ?? new FileInfo(path);
            if (target.Exists && target.Length == 0)
            {
                // Pipes, devices and /proc files also report no length, and opening a pipe waits for a writer that may
                // never come. A regular file of no length has no article either.
                return ReadResult.Failed(new ReadProblem(path, "The file is empty (or is not a regular file, such as a pipe or device), so it was skipped.", Skipped: true));
            }

            if (target.Exists && target.Length > MaxFileBytes)
            {
                return ReadResult.Failed(new ReadProblem(path, $"The file is {target.Length / (1024 * 1024)} MB, larger than the {MaxFileBytes / (1024 * 1024)} MB kg reads in one piece, so it was skipped. Split it into smaller files.", Skipped: true));
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or System.Security.SecurityException or ArgumentException or NotSupportedException)
        {
            return ReadResult.Failed(new ReadProblem(path, $"The file could not be read: {error.Message}", Skipped: true));
        }

        var decoded = TextFileDecoder.Decode(path, bytes);
        if (decoded.Text is null)
        {
            return new ReadResult([], decoded.Problem is null ? [] : [decoded.Problem]);
        }

        ReadResult result;
        try
        {
            result = reader.Read(path, decoded.Text);
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            // Readers are meant to turn bad content into problems themselves; one that misses a case must still
            // cost only this file, not the whole ingest.
            result = ReadResult.Failed(new ReadProblem(path, $"The file could not be read as {Path.GetExtension(path)} ({error.GetType().Name}: {error.Message}), so it was skipped.", Skipped: true));
        }

        return decoded.Problem is null
            ? result
            : result with { Problems = [decoded.Problem, .. result.Problems] };
    }

    private static bool IsSupported(string path) => ArticleFormats.ReaderFor(path) is not null;
}
