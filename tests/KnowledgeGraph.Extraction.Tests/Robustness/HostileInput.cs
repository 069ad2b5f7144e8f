using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;

namespace KnowledgeGraph.Extraction.Tests.Robustness;

/// <summary>
/// One random input, built from a seed so that a failure names what to replay without printing 100 KB: text made of
/// the pieces that break readers, cleaners and tokenizers (control characters, lone surrogates, U+FFFE/FFFF, BOMs,
/// CR/LF mixes, markup of every input format, broken and valid-but-strange JSON), now and then a very long line,
/// token or run of nested or unclosed tags, and sometimes wrapped in a well-formed envelope of one format so that the
/// hostile part reaches the article text rather than failing the first parse.
/// </summary>
public sealed class HostileInput
{
    /// <summary>Largest input: the ~100 KB the time bound is promised for.</summary>
    public const int MaxLength = 100_000;

    private static readonly string[] Words =
    [
        "Ana", "Ruiz", "Lisbon", "Acme", "Works", "United", "Nations", "the", "of", "said", "van", "der", "Mr.", "Dr.",
        "U.S.", "St.", "Inc.", "e.g.", "Jan.", "O'Neil", "McDonald's", "’s", "'s", "AT&T", "3.5", "1,000", "2024-01-02",
        "Sept. 3, 2025", "By Ana Ruiz", "LISBON (Reuters) —", "© 2024 Acme", "...", "—", "–", "-", "“", "”", "\"", "(", ")",
        "?", "!", ".", ",", ";", ":", "…", "I", "A", "ÉCOLE", "ǅ", "İstanbul", "straße", "ＡＢＣ", "x",
    ];

    private static readonly string[] Spaces =
    [
        " ", " ", " ", "  ", "\t", "\n", "\n\n", "\r", "\r\n", "\n\r", "\r\r\n", "\u00A0", "\u2028", "\u2029", "\u0085",
        "\u200B", "\u3000", "\u000B", "\u000C",
    ];

    private static readonly string[] Controls =
    [
        .. Enumerable.Range(0x00, 0x20).Select(code => ((char)code).ToString()),
        .. Enumerable.Range(0x7F, 0x21).Select(code => ((char)code).ToString()),
        "\uFFFE", "\uFFFF", "\uFEFF", "\uFFFD", "\u202E", "\u200F", "\uFDD0",
    ];

    /// <summary>Halves of surrogate pairs alone or swapped, and whole pairs that must survive.</summary>
    private static readonly string[] Surrogates =
        ["\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uDE00\uD83D", "😀", "👩‍🔬", "🇺🇦", "𝔸", "Ana\uD800Ruiz", "\uDC00Lisbon"];

    private static readonly string[] Scripts =
        ["محمد بن سلمان", "习近平", "東京都", "서울", "Ελλάδα", "Москва", "São Paulo", "e\u0301", "\u0301", "क़"];

    private static readonly string[] Html =
    [
        "<", ">", "<p>", "</p>", "<div>", "<div", "</div>", "<a href=\"", "<a href='x'>", "</a>", "<br/>", "<br>", "<script>",
        "</script>", "<style>", "</style>", "<!--", "-->", "<![CDATA[", "]]>", "<!DOCTYPE html>", "&amp;", "&", "&#0;",
        "&#xD800;", "&#x110000;", "&#99999999999;", "&#;", "&nbsp", "&lt;", "<title>", "</title>", "<h1>", "</h1>", "<li>",
        "<meta name=\"author\" content=\"", "<meta property=\"article:published_time\" content=\"2024-13-45\">",
        "<table><tr><td>", "<pre>", "<textarea>", "<html><head>", "<body>", "</", "<?xml ?>", "=\"", "'", "<img src=x>",
        "<p class=\"byline\">", "<article>", "<nav>", "<noscript>",
    ];

    private static readonly string[] Json =
    [
        "{", "}", "[", "]", "\"text\":", "\"title\":", "\"id\":", "\"published\":", "\"2024-02-30\"", "\"", "\\", "\\u0000",
        "\\ud800", "\\uDC00", "\\u", "\\x", "null", "true", "1e999", "-0", ",", ":", "\n{\"text\":\"", "/*", "//",
        "{\"id\":1,\"text\":\"Ana Ruiz\"}\n", "{\"text\":\"\\ud800\\udc00\"}\n", "{}", "[]", "{\"id\":{\"a\":[1]},\"text\":7}\n",
    ];

    private static readonly string[] Markdown =
    [
        "---\n", "---", "...\n", "title: ", "date: ", "# ", "## ", "#", "*", "**", "_", "__", "`", "```", "```\n", "~~~",
        "[", "](", "]", "![", "<http://", "> ", "- ", "1. ", "\\", "\\*", "|", "---|---", "    ", "[x]: http://a",
        "***", "[Ana](http://a.b/(c))", "![img](x.png \"t\")", "<b>", "~~", "==",
    ];

    private static readonly string[][] Kinds = [Words, Words, Spaces, Spaces, Controls, Surrogates, Scripts, Html, Json, Markdown];

    private HostileInput(int seed, int length, string text)
    {
        Seed = seed;
        Length = length;
        Text = text;
    }

    public int Seed { get; }

    /// <summary>The length asked for; <see cref="Text"/> may run a little longer.</summary>
    public int Length { get; }

    public string Text { get; }

    /// <summary>Mostly a few KB, now and then tens of KB, rarely up to <see cref="MaxLength"/>.</summary>
    public static Arbitrary<HostileInput> Arbitrary { get; } =
        (from seed in Gen.Choose(int.MinValue, int.MaxValue)
         from length in Lengths()
         select Build(seed, length)).ToArbitrary();

    /// <summary>Random bytes: raw noise, or hostile text encoded (sometimes badly) behind a random byte order mark.</summary>
    public static Arbitrary<HostileBytes> Bytes { get; } =
        (from seed in Gen.Choose(int.MinValue, int.MaxValue)
         from length in Lengths()
         select HostileBytes.Build(seed, length)).ToArbitrary();

    public static HostileInput Build(int seed, int length)
    {
        var random = new Random(seed);
        var builder = new StringBuilder(length + 64);
        while (builder.Length < length)
        {
            if (random.Next(40) == 0)
            {
                AppendLongRun(random, builder, Math.Max(1, length - builder.Length));
            }
            else
            {
                var kind = Kinds[random.Next(Kinds.Length)];
                builder.Append(kind[random.Next(kind.Length)]);
            }
        }

        return new HostileInput(seed, length, Envelope(random, builder.ToString()));
    }

    public override string ToString() =>
        $"HostileInput.Build({Seed}, {Length}) [{Text.Length} chars: {JsonSerializer.Serialize(Text[..Math.Min(Text.Length, 200)])}…]";

    private static Gen<int> Lengths() => Gen.Frequency(
        (12, Gen.Choose(0, 2_000)),
        (4, Gen.Choose(2_000, 20_000)),
        (1, Gen.Choose(20_000, MaxLength)));

    /// <summary>Something a regular expression or a nesting parser could choke on, up to <paramref name="room"/> chars.</summary>
    private static void AppendLongRun(Random random, StringBuilder builder, int room)
    {
        var length = random.Next(1, room + 1);
        string unit = random.Next(12) switch
        {
            0 => "A",                               // one enormous token
            1 => "a-",                              // one enormous hyphenated token
            2 => "<div>",                           // deep nesting, never closed
            3 => "<a href=\"",                      // an attribute that never ends
            4 => "<b><i>",                          // interleaved inline tags
            5 => "[",                               // Markdown link openers
            6 => "*_`",                             // Markdown emphasis and code markers
            7 => "Ana Ruiz ",                       // one endless run of capitalised names
            8 => "Mr. ",                            // an endless run of abbreviations
            9 => "{\"text\":",                      // JSON nesting
            10 => "x",                              // one very long line of text without a break
            _ => Kinds[random.Next(Kinds.Length)][0],
        };
        var count = Math.Max(1, length / unit.Length);
        for (var i = 0; i < count; i++)
        {
            builder.Append(unit);
        }
    }

    /// <summary>Often the noise as it is; sometimes wrapped so that each format's parser accepts it and passes it on.</summary>
    private static string Envelope(Random random, string text) => random.Next(6) switch
    {
        0 => $"---\ntitle: {FirstLine(text)}\ndate: 2024-03-05\nsource: {FirstLine(text)}\n---\n{text}",
        1 => $"<html><head><title>{text}</title></head><body><article><h1>{FirstLine(text)}</h1><p>{text}</p></article></body></html>",
        2 => string.Join('\n', text.Split('\n').Select((line, index) =>
            JsonSerializer.Serialize(new { id = index, title = line, source = line, url = line, published = line, text = line }))),
        _ => text,
    };

    private static string FirstLine(string text) => text.Split('\n')[0];
}

/// <summary>Random bytes for <see cref="Ingest.TextFileDecoder"/>, built from a seed like <see cref="HostileInput"/>.</summary>
public sealed class HostileBytes
{
    private static readonly byte[][] Prefixes =
    [
        [], [], [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0xEF, 0xBB], [0xFF], [0x00, 0x00, 0xFE, 0xFF], [0xFF, 0xFE, 0x00, 0x00],
    ];

    /// <summary>Byte sequences UTF-8 forbids: overlong forms, encoded surrogates, truncated and out-of-range sequences.</summary>
    private static readonly byte[][] InvalidUtf8 =
    [
        [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xED, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82], [0x80], [0xFF],
        [0xF0, 0x9F, 0x98], [0xEF, 0xBF, 0xBE], [0x93, 0x94], [0x0D], [0x0A, 0x0D],
    ];

    private HostileBytes(int seed, int length, byte[] value)
    {
        Seed = seed;
        Length = length;
        Value = value;
    }

    public int Seed { get; }

    public int Length { get; }

    public byte[] Value { get; }

    public static HostileBytes Build(int seed, int length)
    {
        var random = new Random(seed);
        var prefix = Prefixes[random.Next(Prefixes.Length)];
        byte[] body;
        switch (random.Next(4))
        {
            case 0:
                body = new byte[length];
                random.NextBytes(body);
                break;
            case 1:
                body = Encoding.Unicode.GetBytes(HostileInput.Build(seed, length / 2).Text);
                break;
            default:
                body = Corrupt(random, Encoding.UTF8.GetBytes(HostileInput.Build(seed, length).Text));
                break;
        }

        return new HostileBytes(seed, length, [.. prefix, .. body]);
    }

    public override string ToString() => $"HostileBytes.Build({Seed}, {Length}) [{Value.Length} bytes]";

    /// <summary>Usually leaves the bytes alone; otherwise splices invalid UTF-8 in at a few random places.</summary>
    private static byte[] Corrupt(Random random, byte[] bytes)
    {
        if (bytes.Length == 0 || random.Next(2) == 0)
        {
            return bytes;
        }

        var result = new List<byte>(bytes.Length + 64);
        var cuts = Enumerable.Range(0, random.Next(1, 8)).Select(_ => random.Next(bytes.Length)).Order().ToArray();
        var from = 0;
        foreach (var cut in cuts)
        {
            result.AddRange(bytes[from..cut]);
            result.AddRange(InvalidUtf8[random.Next(InvalidUtf8.Length)]);
            from = cut;
        }

        result.AddRange(bytes[from..]);
        return [.. result];
    }
}
