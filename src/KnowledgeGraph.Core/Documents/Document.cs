namespace KnowledgeGraph.Core.Documents;

/// <summary>
/// One article after reading and cleaning. <see cref="Text"/> is the cleaned text that every offset in the
/// extracted facts (and in the database) refers to.
/// </summary>
/// <param name="Path">Where the article came from: a file path, or <c>file.jsonl#line</c> for JSON Lines.</param>
/// <param name="Title">Headline, or the first line when the format has no title.</param>
/// <param name="Source">The outlet, when the metadata or the text names it.</param>
/// <param name="Url">The article's address, when known.</param>
/// <param name="Published">Publication date from metadata, dateline or byline area; null when unknown.</param>
/// <param name="Byline">Author names from a "by ..." line, as printed.</param>
/// <param name="Dateline">Place of the dateline ("MEXICO CITY"), as printed.</param>
/// <param name="Text">Cleaned text: boilerplate removed, missing spaces repaired.</param>
/// <param name="ContentHash">Hex SHA-256 of <see cref="Text"/>; the same content is stored once.</param>
public sealed record Document(
    string Path,
    string Title,
    string? Source,
    string? Url,
    DateOnly? Published,
    string? Byline,
    string? Dateline,
    string Text,
    string ContentHash);
