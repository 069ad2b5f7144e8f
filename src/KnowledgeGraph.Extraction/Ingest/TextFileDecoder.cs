using System.Text;

namespace KnowledgeGraph.Extraction.Ingest;

/// <summary>
/// Bytes to text: UTF-8 (with or without BOM, or UTF-16 when a BOM says so), falling back to Windows-1252 for
/// files saved by older tools, with every line ending turned into <c>\n</c>.
/// </summary>
public static class TextFileDecoder
{
    // Text files almost never contain NUL; binaries almost always do within their header.
    private const int BinaryProbeLength = 8 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static DecodedText Decode(string path, ReadOnlySpan<byte> bytes)
    {
        var utf16 = Utf16FromByteOrderMark(bytes);
        if (utf16 is not null)
        {
            return Finish(path, utf16.GetString(bytes[2..]), null);
        }

        if (bytes[..Math.Min(bytes.Length, BinaryProbeLength)].Contains((byte)0))
        {
            return new DecodedText(null, new ReadProblem(path, "The file looks binary (it contains NUL bytes), so it was skipped.", Skipped: true));
        }

        if (bytes.StartsWith(Encoding.UTF8.Preamble))
        {
            bytes = bytes[Encoding.UTF8.Preamble.Length..];
        }

        try
        {
            return Finish(path, StrictUtf8.GetString(bytes), null);
        }
        catch (DecoderFallbackException)
        {
            var (valid, invalid) = CountUtf8Sequences(bytes);
            if (valid > 0 && valid >= invalid)
            {
                // Mostly UTF-8 ("Zürich", "São Paulo") with a few broken bytes: reading it all as Windows-1252 would
                // garble every good character to mend a few bad ones.
                var mended = new ReadProblem(path, $"The file is UTF-8 with {invalid} invalid byte sequence(s); each was replaced with U+FFFD (\uFFFD).", Skipped: false);
                return Finish(path, Encoding.UTF8.GetString(bytes), mended);
            }

            var repair = new ReadProblem(path, "The file is not valid UTF-8, so it was read as Windows-1252 (Latin-1).", Skipped: false);
            return Finish(path, LegacyEncoding().GetString(bytes), repair);
        }
    }

    /// <summary>Well-formed multi-byte UTF-8 sequences and invalid ones; ASCII counts as neither.</summary>
    private static (int Valid, int Invalid) CountUtf8Sequences(ReadOnlySpan<byte> bytes)
    {
        var valid = 0;
        var invalid = 0;
        while (bytes.IndexOfAnyExceptInRange((byte)0, (byte)0x7F) is var next && next >= 0)
        {
            bytes = bytes[next..];
            var status = System.Text.Rune.DecodeFromUtf8(bytes, out _, out var consumed);
            if (status == System.Buffers.OperationStatus.Done)
            {
                valid++;
            }
            else
            {
                invalid++;
            }

            bytes = bytes[Math.Max(consumed, 1)..];
        }

        return (valid, invalid);
    }

    /// <summary>Replaces CRLF and lone CR with LF.</summary>
    public static string NormalizeLineEndings(string text) =>
        text.Contains('\r') ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;

    private static DecodedText Finish(string path, string text, ReadProblem? repair)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new DecodedText(null, new ReadProblem(path, "The file is empty.", Skipped: true));
        }

        return new DecodedText(NormalizeLineEndings(text), repair);
    }

    private static Encoding? Utf16FromByteOrderMark(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0xFF, 0xFE, ..] => Encoding.Unicode,
        [0xFE, 0xFF, ..] => Encoding.BigEndianUnicode,
        _ => null,
    };

    // Windows-1252 is what mis-labelled "Latin-1" text usually is (curly quotes live in 0x80-0x9F). Asking the
    // provider directly avoids Encoding.RegisterProvider, which would change process-wide state.
    private static Encoding LegacyEncoding() =>
        CodePagesEncodingProvider.Instance.GetEncoding(1252) ?? Encoding.Latin1;
}
