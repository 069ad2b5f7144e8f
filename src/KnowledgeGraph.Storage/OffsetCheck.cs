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
            ThrowIfOutside(mention.Span, text, document.Path, "Mention");
            if (!text.AsSpan(mention.Span.Start, mention.Span.Length).SequenceEqual(mention.Text))
            {
                throw new ArgumentException(
                    $"Mention '{mention.Text}' at [{mention.Span.Start}, {mention.Span.End}) of '{document.Path}' " +
                    $"does not match the document text there ('{mention.Span.Slice(text)}').",
                    nameof(resolved));
            }
        }

        foreach (var relation in resolved.Relations)
        {
            foreach (var span in relation.Evidence)
            {
                ThrowIfOutside(span, text, document.Path, "Evidence");
            }
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
