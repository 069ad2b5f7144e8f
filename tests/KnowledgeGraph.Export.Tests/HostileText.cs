using FsCheck;
using FsCheck.Fluent;

namespace KnowledgeGraph.Export.Tests;

/// <summary>
/// Random text built from the pieces that break graph writers: quote and escape characters of every format,
/// markup, entity-shaped text, control characters, lone surrogates, right-to-left and CJK scripts, emoji sequences,
/// and now and then a very long run, so that names, aliases, labels and evidence exercise every escaping rule.
/// </summary>
internal static class HostileText
{
    /// <summary>Longest run a single piece can make; long enough to pass DOT's truncation limits many times over.</summary>
    public const int LongRunLength = 20_000;

    private static readonly string[] Syntax =
    [
        "\"", "'", "\\", "\\\\", "\\\"", "&", "<", ">", "&amp;", "&#65;", "&#x41;", "&lt;", "]]>", "<!--", "-->",
        "{", "}", "[", "]", ";", "->", "--", "//", "/*", "#", "\\n", "\\N", "\\l", "</script>", "${x}", "%s", ":",
    ];

    private static readonly string[] Controls =
    [
        .. Enumerable.Range(0x00, 0x20).Select(code => ((char)code).ToString()),
        "\u007F", "\u0085", "\r\n", "\uFFFE", "\uFFFF", "\u2028", "\u2029",
    ];

    /// <summary>Half of a surrogate pair alone, and halves in the wrong order: what UTF-8 cannot encode.</summary>
    private static readonly string[] BrokenSurrogates = ["\uD800", "\uDBFF", "\uDC00", "\uDFFF", "\uDE00\uD83D"];

    private static readonly string[] Scripts =
    [
        "محمد بن سلمان", "\u200Fالأمم المتحدة\u200E", "习近平", "東京都", "서울", "Ελλάδα", "Москва", "São Paulo",
        "😀", "👩‍🔬", "🇺🇦", "e\u0301", "\u202Eevil\u202C", "\u00A0", "\uFEFF",
    ];

    private static readonly string[] Words = ["Ada", "Lovelace", "UN", "AT&T", "O'Neil", " ", "\t", "\n", "x"];

    /// <summary>Text of up to a dozen pieces, or rarely a very long run of one piece.</summary>
    public static Gen<string> Any { get; } = Gen.Frequency(
        (20, Pieces()),
        (1, Piece().SelectMany(piece => Gen.Choose(1, LongRunLength).Select(length => Repeat(piece, length)))));

    /// <summary>Text or null, for the optional fields (edge label and evidence).</summary>
    public static Gen<string?> OrNull { get; } = Gen.Frequency((3, Any.Select(text => (string?)text)), (1, Gen.Constant<string?>(null)));

    private static Gen<string> Pieces() =>
        Gen.Choose(0, 12).SelectMany(count => Gen.ListOf(Piece(), count)).Select(pieces => string.Concat(pieces));

    private static Gen<string> Piece() => Gen.Frequency(
        (4, Gen.Elements(Words)),
        (4, Gen.Elements(Syntax)),
        (3, Gen.Elements(Controls)),
        (2, Gen.Elements(BrokenSurrogates)),
        (3, Gen.Elements(Scripts)));

    /// <summary><paramref name="piece"/> repeated to about <paramref name="length"/> UTF-16 units, never less than once.</summary>
    private static string Repeat(string piece, int length) =>
        string.Concat(Enumerable.Repeat(piece, Math.Max(1, length / Math.Max(1, piece.Length))));
}
