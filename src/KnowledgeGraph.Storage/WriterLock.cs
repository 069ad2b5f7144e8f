namespace KnowledgeGraph.Storage;

/// <summary>
/// Keeps a database to one kg writer at a time. Two writers would each load the entity index and hand out the same
/// new entity ids; SQLite's own locks only serialise their transactions, not that. The lock is a file beside the
/// database opened exclusively, so the operating system releases it even when kg is killed. A separate file, never
/// the database itself: closing any handle on the database would drop SQLite's POSIX locks on it.
/// </summary>
internal sealed class WriterLock : IDisposable
{
    private readonly FileStream _file;

    private WriterLock(FileStream file) => _file = file;

    public static string PathFor(string databasePath) => databasePath + ".lock";

    /// <exception cref="IOException">Another process holds the lock; the message says so in plain words.</exception>
    public static WriterLock Acquire(string databasePath)
    {
        var path = PathFor(databasePath);
        try
        {
            return new WriterLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose));
        }
        catch (IOException busy) when (File.Exists(path))
        {
            throw new IOException(
                $"the database '{databasePath}' is busy: another kg process is writing to it (lock file {path}). " +
                "Wait for it to finish; reading the database with sqlite3 or 'kg stats' works meanwhile.", busy);
        }
    }

    public void Dispose() => _file.Dispose();
}
