using System.Globalization;
using System.Text.Json;

namespace KnowledgeGraph.Extraction.Ingest;

/// <summary>
/// One article per line: a JSON object with a required <c>text</c> and optional <c>title</c>, <c>published</c>,
/// <c>source</c>, <c>url</c> and <c>id</c>. A bad line is reported and skipped; the others still load, because one
/// broken record in a large export should not cost the rest.
/// </summary>
public sealed class JsonLinesReader : IArticleReader
{
    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    public ReadResult Read(string path, string content)
    {
        var articles = new List<RawArticle>();
        var problems = new List<ReadProblem>();
        var lines = content.Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            if (string.IsNullOrWhiteSpace(lines[index]))
            {
                continue;
            }

            var lineNumber = index + 1;
            var linePath = $"{path}#L{lineNumber.ToString(CultureInfo.InvariantCulture)}";
            try
            {
                ReadLine(path, lineNumber, linePath, lines[index], articles, problems);
            }
            catch (JsonException error)
            {
                problems.Add(new ReadProblem(linePath, $"Line {lineNumber} is not valid JSON ({error.Message}), so it was skipped.", Skipped: true));
            }
            catch (Exception error) when (error is not OutOfMemoryException)
            {
                // Not only JsonException: Parse throws ArgumentException for text that is not valid UTF-16, and
                // GetString throws InvalidOperationException for an escaped half of a surrogate pair ("\ud800").
                problems.Add(new ReadProblem(linePath, $"Line {lineNumber} could not be read ({error.Message}), so it was skipped.", Skipped: true));
            }
        }

        return new ReadResult(articles, problems);
    }

    /// <summary>
    /// Reads every field before adding anything, so a line that throws half-way leaves no article or note behind.
    /// </summary>
    private static void ReadLine(string path, int lineNumber, string linePath, string line, List<RawArticle> articles, List<ReadProblem> problems)
    {
        using var document = JsonDocument.Parse(line, Options);
        var record = document.RootElement;
        if (record.ValueKind != JsonValueKind.Object)
        {
            problems.Add(new ReadProblem(linePath, $"Line {lineNumber} is not a JSON object, so it was skipped.", Skipped: true));
            return;
        }

        var text = StringField(record, "text");
        var id = MetadataValues.NonBlank(IdField(record));
        var publishedText = StringField(record, "published");
        var title = MetadataValues.NonBlank(StringField(record, "title"));
        var source = MetadataValues.NonBlank(StringField(record, "source"));
        var url = MetadataValues.NonBlank(StringField(record, "url"));
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add(new ReadProblem(linePath, $"Line {lineNumber} has no \"text\" field with content, so it was skipped.", Skipped: true));
            return;
        }

        var articlePath = id is null ? linePath : $"{path}#{id}";
        var published = MetadataValues.Date(publishedText);
        if (published is null && !string.IsNullOrWhiteSpace(publishedText))
        {
            problems.Add(new ReadProblem(articlePath, $"Line {lineNumber} has a \"published\" value that is not a date ('{publishedText}'); it was ignored.", Skipped: false));
        }

        articles.Add(new RawArticle(articlePath, TextFileDecoder.NormalizeLineEndings(text), title, source, url, published));
    }

    // Field names are matched without regard to case: exports disagree on "Title" versus "title".
    private static JsonElement? Field(JsonElement record, string name)
    {
        foreach (var property in record.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return property.Value;
            }
        }

        return null;
    }

    private static string? StringField(JsonElement record, string name) =>
        Field(record, name) is { ValueKind: JsonValueKind.String } value ? value.GetString() : null;

    // Ids are often numbers in exports; their JSON text is the id as written.
    private static string? IdField(JsonElement record) => Field(record, "id") switch
    {
        { ValueKind: JsonValueKind.String } value => value.GetString(),
        { ValueKind: JsonValueKind.Number } value => value.GetRawText(),
        _ => null,
    };
}
