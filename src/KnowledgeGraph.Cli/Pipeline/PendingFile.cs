namespace KnowledgeGraph.Cli.Pipeline;

/// <summary>
/// An output file written under a temporary name in the folder of the file it will replace. <see cref="Commit"/>
/// moves it into place in one step; disposing it uncommitted deletes it. So a run that fails or is interrupted never
/// leaves half a file where the output belongs, and an older file of that name survives untouched.
/// </summary>
internal sealed class PendingFile : IDisposable
{
    private readonly string _target;
    private readonly string _temporary;
    private readonly FileStream _stream;
    private bool _committed;

    private PendingFile(string target, string temporary, FileStream stream)
    {
        _target = target;
        _temporary = temporary;
        _stream = stream;
    }

    /// <summary>Where the file will be once committed.</summary>
    public string Path => _target;

    /// <summary>The temporary file's contents; write everything here before <see cref="Commit"/>.</summary>
    public Stream Stream => _stream;

    /// <summary>
    /// Creates the temporary file at once, so an output that cannot be written is reported before any long work starts.
    /// </summary>
    /// <exception cref="IOException">The folder cannot be created or written, or <paramref name="target"/> is a folder.</exception>
    public static PendingFile Create(string target)
    {
        var full = System.IO.Path.GetFullPath(target);
        if (Directory.Exists(full))
        {
            throw new IOException($"'{full}' is a folder; name the file to write.");
        }

        var folder = System.IO.Path.GetDirectoryName(full)!;
        var temporary = System.IO.Path.Combine(folder, $".{System.IO.Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(folder);
            return new PendingFile(full, temporary, new FileStream(temporary, FileMode.CreateNew, FileAccess.Write));
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            // The reason names the temporary file, which the user never asked for; it stands for the file they did.
            throw new IOException($"'{full}' cannot be written: {failure.Message.Replace(temporary, full, StringComparison.Ordinal)}", failure);
        }
    }

    /// <summary>Closes the temporary file and moves it over the target.</summary>
    public void Commit()
    {
        _stream.Dispose();
        File.Move(_temporary, _target, overwrite: true);
        _committed = true;
    }

    public void Dispose()
    {
        _stream.Dispose();
        if (_committed)
        {
            return;
        }

        try
        {
            File.Delete(_temporary);
        }
        catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
        {
            // Failing to tidy up must not hide the failure that made the file unwanted.
        }
    }
}
