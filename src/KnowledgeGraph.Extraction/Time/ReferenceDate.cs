using KnowledgeGraph.Core.Documents;
using KnowledgeGraph.Core.Facts;

namespace KnowledgeGraph.Extraction.Time;

/// <summary>
/// The date a document's relative times ("on Tuesday", "last month") count from: the day it was written.
/// </summary>
public static class ReferenceDate
{
    /// <summary>
    /// How many sentences from the top may hold the date. Datelines and "Posted ..." lines sit in the first few
    /// lines (headline, dateline, lead); a full date further down is usually part of the story, often an older one.
    /// </summary>
    public const int SentencesToSearch = 3;

    /// <summary>
    /// <paramref name="document"/>'s publication date when its metadata, dateline or byline gave one; otherwise the
    /// first full calendar date with a year ("Sept. 3, 2025", "2025-09-03") in the first
    /// <see cref="SentencesToSearch"/> sentences, where a dateline or a lead's "on Sept. 3, 2025" stands for the
    /// day of writing; otherwise the latest full date written anywhere in the text; otherwise null, and then relative
    /// times are left undated rather than guessed.
    /// </summary>
    public static DateOnly? For(Document document, AnalyzedText text) => Resolve(document, text).Reference;

    /// <summary>
    /// The reference date as <see cref="For"/> gives it, and the document's time expressions counted from it. The
    /// absolute dates that decide the reference are found once and, when there is no reference, are the answer.
    /// </summary>
    public static (DateOnly? Reference, IReadOnlyList<TimeExpression> Times) Resolve(Document document, AnalyzedText text)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(text);
        if (document.Published is { } published)
        {
            return (published, TimeExpressionFinder.Find(text, published));
        }

        var undated = TimeExpressionFinder.Find(text, referenceDate: null);
        return FromText(text, undated) is { } reference
            ? (reference, TimeExpressionFinder.Find(text, reference))
            : (null, undated);
    }

    /// <summary>
    /// The first full date with a year in the first <see cref="SentencesToSearch"/> sentences; else the latest full
    /// date anywhere (an embedded post's "September 3, 2025", a "Posted" line at the foot): a story looks back more
    /// than ahead, so the latest written day is the closest to the day of writing.
    /// </summary>
    private static DateOnly? FromText(AnalyzedText text, IReadOnlyList<TimeExpression> undated)
    {
        if (text.Sentences.Count == 0)
        {
            return null;
        }

        var topEnd = text.Sentences[Math.Min(SentencesToSearch, text.Sentences.Count) - 1].Span.End;
        DateOnly? latest = null;
        foreach (var expression in undated)
        {
            if (expression.Date.Precision != DatePrecision.Day || expression.IsRelative)
            {
                continue;
            }

            if (expression.Span.End <= topEnd)
            {
                return expression.Date.Date;
            }

            latest = latest is { } known && known >= expression.Date.Date ? known : expression.Date.Date;
        }

        return latest;
    }
}
