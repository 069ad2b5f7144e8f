using System.Diagnostics;
using KnowledgeGraph.Extraction.Ingest;

namespace KnowledgeGraph.Extraction.Tests.Ingest;

public class HtmlReaderTests
{
    private static RawArticle ReadOne(string html)
    {
        var result = new HtmlReader().Read("page.html", html);
        Assert.Empty(result.Problems);
        return Assert.Single(result.Articles);
    }

    [Fact]
    public void Reads_the_article_and_its_metadata_and_leaves_page_chrome_out()
    {
        var article = ReadOne("""
            <!DOCTYPE html>
            <html><head>
              <title>Dam inspection ordered | Valley Post</title>
              <meta property="og:title" content="Dam inspection ordered after heavy rain">
              <meta property="og:site_name" content="Valley Post">
              <meta property="og:url" content="https://valley.example/dam">
              <meta property="article:published_time" content="2025-05-09T08:00:00+02:00">
              <style>p { color: red; }</style>
              <script>var x = "<p>not text</p>"; if (a < b) {}</script>
            </head>
            <body>
              <header><a href="/">Valley Post</a></header>
              <nav><ul><li>Home</li><li>Politics</li></ul></nav>
              <article>
                <header><h1>Dam inspection ordered</h1><p class="byline">By Hanna Lindqvist</p></header>
                <p>Engineers from the   <b>Valley Water Board</b>
                arrived on Friday.</p>
                <p>The reservoir&nbsp;level rose &amp; fell.<br>Residents were told to wait.</p>
                <figure><img src="dam.jpg"><figcaption>The spillway on Friday.</figcaption></figure>
                <aside>Related: Bridge closes</aside>
                <footer>Share this story</footer>
              </article>
              <form><input name="email"> Subscribe</form>
              <footer>© 2025 Valley Post</footer>
            </body></html>
            """);

        Assert.Equal(
            "Dam inspection ordered\nBy Hanna Lindqvist\nEngineers from the Valley Water Board arrived on Friday.\n" +
            "The reservoir level rose & fell.\nResidents were told to wait.\nThe spillway on Friday.",
            article.Text);
        Assert.Equal("Dam inspection ordered after heavy rain", article.Title);
        Assert.Equal("Valley Post", article.Source);
        Assert.Equal("https://valley.example/dam", article.Url);
        Assert.Equal(new DateOnly(2025, 5, 9), article.Published);
    }

    [Fact]
    public void Falls_back_to_title_element_time_element_and_canonical_link()
    {
        var article = ReadOne("""
            <html><head><title> Bridge &amp; tunnel
              closures </title><link rel="canonical" href="https://city.example/bridge"></head>
            <body><main><p>Posted <time datetime="2024-11-30">Saturday</time>.</p><p>The bridge closed.</p></main>
            <p>Outside main.</p></body></html>
            """);

        Assert.Equal("Bridge & tunnel closures", article.Title);
        Assert.Equal("https://city.example/bridge", article.Url);
        Assert.Equal(new DateOnly(2024, 11, 30), article.Published);
        Assert.Null(article.Source);
        Assert.Equal("Posted Saturday.\nThe bridge closed.", article.Text);
    }

    [Fact]
    public void Prefers_the_article_with_the_most_text_over_teaser_cards()
    {
        var article = ReadOne("""
            <body>
            <article><h2>Teaser</h2></article>
            <article><p>The long story about the harbour strike and the talks that ended it.</p></article>
            <aside><article><p>An even longer related story that sits in the sidebar and must never be chosen over the real one.</p></article></aside>
            </body>
            """);

        Assert.Equal("The long story about the harbour strike and the talks that ended it.", article.Text);
    }

    [Fact]
    public void Uses_body_when_there_is_no_article_or_main_and_the_whole_fragment_when_there_is_no_body()
    {
        Assert.Equal("Only paragraph.", ReadOne("<html><head><title>T</title></head><body><nav>Menu</nav><p>Only paragraph.</p></body></html>").Text);
        Assert.Equal("Loose text\nSecond", ReadOne("<div>Loose text</div><div>Second</div>").Text);
    }

    [Fact]
    public void Survives_malformed_markup()
    {
        var article = ReadOne(
            "<body><article><p class=lead>Unquoted attributes work" +
            "<p>A stray < sign and a 3<4 comparison stay" +
            "<p title=\"unterminated>Quote ends at the tag" +
            "<div><nav>Menu items<p>closed by the div</div>" +
            "<p>After the div</span></em>" +
            "<!-- a comment --><p>Tail <b>bold <i>nested</b> text" +
            "<p>Cut off tag <a href=");

        Assert.Equal(
            "Unquoted attributes work\nA stray < sign and a 3<4 comparison stay\nQuote ends at the tag\nAfter the div\nTail bold nested text\nCut off tag",
            article.Text);
    }

    [Fact]
    public void An_unclosed_script_swallows_the_rest_without_hanging() =>
        Assert.Equal("Before", ReadOne("<p>Before</p><script>while (true) { if (a <b) {} }").Text);

    [Fact]
    public void Handles_pathological_input_quickly()
    {
        var html = string.Concat(Enumerable.Repeat("<div><p a='x", 20_000)) + string.Concat(Enumerable.Repeat("</b><", 20_000)) +
                   string.Concat(Enumerable.Repeat("<span>", 50_000)) + "deep" + string.Concat(Enumerable.Repeat("</i>", 50_000));
        var watch = Stopwatch.StartNew();

        var article = ReadOne(html);

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
        Assert.EndsWith("deep", article.Text);
    }

    [Fact]
    public void A_published_time_in_non_ascii_digits_is_not_a_date()
    {
        var article = ReadOne(
            "<html><head><meta property=\"article:published_time\" content=\"\uFF12\uFF10\uFF12\uFF15-\uFF10\uFF19-\uFF10\uFF13\"></head>" +
            "<body><time datetime=\"Sept. \u0663, \u0662\u0660\u0662\u0665\">then</time><p>The pier reopened.</p></body></html>");

        Assert.Null(article.Published);
    }
}
