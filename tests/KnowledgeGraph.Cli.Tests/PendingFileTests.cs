using KnowledgeGraph.Cli.Pipeline;
using KnowledgeGraph.Cli.Tests.Support;

namespace KnowledgeGraph.Cli.Tests;

public sealed class PendingFileTests
{
    [Fact]
    public void Commit_replaces_the_target_and_leaves_nothing_else()
    {
        using var directory = new TemporaryDirectory();
        var target = directory.File("model.bin");
        File.WriteAllText(target, "old");

        using (var pending = PendingFile.Create(target))
        {
            pending.Stream.Write("new"u8);
            pending.Commit();
        }

        Assert.Equal("new", File.ReadAllText(target));
        Assert.Equal([target], Directory.GetFiles(directory.Path));
    }

    [Fact]
    public void Disposing_without_commit_keeps_the_old_file_and_deletes_the_temporary_one()
    {
        using var directory = new TemporaryDirectory();
        var target = directory.File("model.bin");
        File.WriteAllText(target, "old");

        using (var pending = PendingFile.Create(target))
        {
            pending.Stream.Write("half"u8);
        }

        Assert.Equal("old", File.ReadAllText(target));
        Assert.Equal([target], Directory.GetFiles(directory.Path));
    }

    [Fact]
    public void Creates_the_missing_folder()
    {
        using var directory = new TemporaryDirectory();
        var target = directory.File(Path.Combine("a", "b", "out.txt"));

        using (var pending = PendingFile.Create(target))
        {
            pending.Commit();
        }

        Assert.True(File.Exists(target));
    }

    [Fact]
    public void A_folder_as_target_is_refused_before_anything_is_written()
    {
        using var directory = new TemporaryDirectory();

        var failure = Assert.Throws<IOException>(() => PendingFile.Create(directory.Path));

        Assert.Contains("folder", failure.Message);
        Assert.Empty(Directory.GetFileSystemEntries(directory.Path));
    }
}
