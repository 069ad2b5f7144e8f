using KnowledgeGraph.Extraction.Ingest;

namespace KnowledgeGraph.Extraction.Tests.Ingest;

public class JsonLinesReaderTests
{
    [Fact]
    public void Reads_one_article_per_line_with_its_metadata()
    {
        const string content =
            """{"id": "a-17", "title": "Dam inspection ordered", "text": "Engineers arrived on Friday.\r\nThey stayed.", "published": "2025-05-09T08:00:00Z", "source": "Valley Post", "url": "https://valley.example/dam"}""" + "\n" +
            """{"text": "The second story.", "id": 42}""" + "\n" +
            """{"text": "The third story."}""" + "\n";

        var result = new JsonLinesReader().Read("feed.jsonl", content);

        Assert.Empty(result.Problems);
        Assert.Equal(3, result.Articles.Count);
        Assert.Equal(
            new RawArticle("feed.jsonl#a-17", "Engineers arrived on Friday.\nThey stayed.", "Dam inspection ordered", "Valley Post", "https://valley.example/dam", new DateOnly(2025, 5, 9)),
            result.Articles[0]);
        Assert.Equal("feed.jsonl#42", result.Articles[1].Path);
        Assert.Equal(new RawArticle("feed.jsonl#L3", "The third story.", null, null, null, null), result.Articles[2]);
    }

    [Fact]
    public void Reports_each_bad_line_and_still_loads_the_others()
    {
        const string content =
            "{\"text\": \"First.\"}\n" +
            "\n" +
            "{\"text\": \"Broken\"\n" +
            "[1, 2, 3]\n" +
            "{\"title\": \"No body\"}\n" +
            "{\"text\": \"   \"}\n" +
            "{\"text\": 17}\n" +
            "{\"text\": \"Last.\"}";

        var result = new JsonLinesReader().Read("feed.jsonl", content);

        Assert.Equal(["feed.jsonl#L1", "feed.jsonl#L8"], result.Articles.Select(article => article.Path));
        Assert.Equal(["feed.jsonl#L3", "feed.jsonl#L4", "feed.jsonl#L5", "feed.jsonl#L6", "feed.jsonl#L7"], result.Problems.Select(problem => problem.Path));
        Assert.All(result.Problems, problem => Assert.True(problem.Skipped));
        Assert.Contains("Line 3", result.Problems[0].Reason);
        Assert.Contains("not valid JSON", result.Problems[0].Reason);
        Assert.Contains("not a JSON object", result.Problems[1].Reason);
        Assert.Contains("\"text\"", result.Problems[2].Reason);
    }

    [Fact]
    public void An_unreadable_published_value_is_ignored_with_a_note()
    {
        var result = new JsonLinesReader().Read("feed.jsonl", "{\"text\": \"Body.\", \"published\": \"last week\"}");

        var article = Assert.Single(result.Articles);
        Assert.Null(article.Published);
        var problem = Assert.Single(result.Problems);
        Assert.False(problem.Skipped);
        Assert.Contains("last week", problem.Reason);
    }

    [Fact]
    public void Field_names_are_matched_without_regard_to_case()
    {
        var result = new JsonLinesReader().Read("feed.jsonl", "{\"Text\": \"Body.\", \"Title\": \"Headline\"}");

        Assert.Equal("Headline", Assert.Single(result.Articles).Title);
    }

    [Fact]
    public void A_published_value_in_full_width_digits_is_not_a_date()
    {
        var result = new JsonLinesReader().Read("feed.jsonl", "{\"text\": \"Body.\", \"published\": \"\uFF12\uFF10\uFF12\uFF15-\uFF10\uFF19-\uFF10\uFF13\"}");

        Assert.Null(Assert.Single(result.Articles).Published);
        Assert.False(Assert.Single(result.Problems).Skipped);
    }

    // JsonDocument.Parse throws ArgumentException, not JsonException, for a string that is not valid UTF-16.
    [Fact]
    public void A_line_with_a_lone_surrogate_character_is_skipped_and_the_rest_still_load()
    {
        var result = new JsonLinesReader().Read("feed.jsonl", "{\"text\": \"Half \uD800 pair.\"}\n{\"text\": \"Whole.\"}");

        Assert.Equal(["feed.jsonl#L2"], result.Articles.Select(article => article.Path));
        var problem = Assert.Single(result.Problems);
        Assert.Equal("feed.jsonl#L1", problem.Path);
        Assert.True(problem.Skipped);
        Assert.Contains("Line 1", problem.Reason);
    }

    // Valid JSON, but GetString throws InvalidOperationException for an escaped half of a surrogate pair.
    [Theory]
    [InlineData("{\"text\": \"Half \\ud800 pair.\"}")]
    [InlineData("{\"text\": \"Body.\", \"title\": \"\\udc00\"}")]
    [InlineData("{\"text\": \"Body.\", \"published\": \"\\ud83d\"}")]
    public void A_line_with_an_escaped_lone_surrogate_is_skipped_and_the_rest_still_load(string badLine)
    {
        var result = new JsonLinesReader().Read("feed.jsonl", badLine + "\n{\"text\": \"Whole.\"}");

        Assert.Equal(["feed.jsonl#L2"], result.Articles.Select(article => article.Path));
        var problem = Assert.Single(result.Problems);
        Assert.Equal("feed.jsonl#L1", problem.Path);
        Assert.True(problem.Skipped);
    }
}
