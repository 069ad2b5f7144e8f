namespace KnowledgeGraph.Extraction.Ingest;

/// <summary>
/// Turns the decoded content of one file into articles. A pure function of its inputs so that every format can be
/// tested without touching the disk; decoding bytes is <see cref="TextFileDecoder"/>'s job.
/// </summary>
public interface IArticleReader
{
    /// <param name="path">Where the content came from; it becomes the article path.</param>
    /// <param name="content">Decoded text with <c>\n</c> line endings.</param>
    ReadResult Read(string path, string content);
}
