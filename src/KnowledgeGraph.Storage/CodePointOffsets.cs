namespace KnowledgeGraph.Storage;

/// <summary>
/// Converts .NET string offsets (UTF-16 code units) to the offsets stored in the database (Unicode code points).
/// </summary>
/// <remarks>
/// The schema promises <c>substr(documents.text, start + 1, "end" - start) = mentions.text</c>. SQLite's substr and
/// length count code points, while .NET counts UTF-16 code units; the two differ by one for every character outside
/// the Basic Multilingual Plane (emoji, some CJK). Storing code-point offsets keeps the promise for every text.
/// A lone surrogate counts as one code point because it reaches SQLite as U+FFFD.
/// (SQLite's length and substr stop at an embedded NUL, so text is expected to be free of U+0000, as cleaning leaves it.)
/// </remarks>
internal sealed class CodePointOffsets
{
    // codePointsBefore[i] = code points in text[0..i); null when the text has no surrogates and offsets coincide.
    private readonly int[]? _codePointsBefore;

    private CodePointOffsets(int[]? codePointsBefore) => _codePointsBefore = codePointsBefore;

    public static CodePointOffsets For(string text)
    {
        if (text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0)
        {
            return new CodePointOffsets(null);
        }

        var codePointsBefore = new int[text.Length + 1];
        for (var i = 0; i < text.Length; i++)
        {
            var continuesPair = char.IsLowSurrogate(text[i]) && i > 0 && char.IsHighSurrogate(text[i - 1]);
            codePointsBefore[i + 1] = codePointsBefore[i] + (continuesPair ? 0 : 1);
        }

        return new CodePointOffsets(codePointsBefore);
    }

    public int ToCodePoint(int utf16Offset) => _codePointsBefore is null ? utf16Offset : _codePointsBefore[utf16Offset];
}
