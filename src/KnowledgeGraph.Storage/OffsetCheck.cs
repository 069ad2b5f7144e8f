using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Resolution;

namespace KnowledgeGraph.Storage;

/// <summary>
/// Refuses a document whose spans do not fit its text. The database promises users that
/// <c>substr(documents.text, start + 1, "end" - start)</c> is the stored text; a wrong offset from upstream would
/// break that promise silently, so it fails the batch instead.
/// </summary>
internal static class OffsetCheck
{
    public static void ThrowIfInconsistent(ResolvedDocument resolved)
    {
        var document = resolved.Facts.Document;
        var text = document.Text;
        foreach (var sentence in resolved.Facts.Sentences)
        {
            ThrowIfOutside(sentence, text, document.Path, "Sentence");
        }

        foreach (var (_, mention) in resolved.Mentions)
        {
            ThrowIfNotAt(mention.Span, mention.Text, text, document.Path, "Mention");
        }

        foreach (var (_, quote) in resolved.Quotes)
        {
            ThrowIfNotAt(quote.Span, quote.Text, text, document.Path, "Quote");
        }

        foreach (var relation in resolved.Relations)
        {
            foreach (var span in relation.Evidence)
            {
                ThrowIfOutside(span, text, document.Path, "Evidence");
            }
        }
    }

    private static void ThrowIfNotAt(TextSpan span, string covered, string text, string path, string what)
    {
        ThrowIfOutside(span, text, path, what);
        if (!text.AsSpan(span.Start, span.Length).SequenceEqual(covered))
        {
            throw new ArgumentException(
                $"{what} '{covered}' at [{span.Start}, {span.End}) of '{path}' does not match the document text there ('{span.Slice(text)}').",
                "resolved");
        }
    }

    private static void ThrowIfOutside(TextSpan span, string text, string path, string what)
    {
        if (span.Start < 0 || span.End < span.Start || span.End > text.Length)
        {
            throw new ArgumentException(
                $"{what} span [{span.Start}, {span.End}) lies outside the {text.Length} characters of '{path}'.",
                "resolved");
        }
    }
}
