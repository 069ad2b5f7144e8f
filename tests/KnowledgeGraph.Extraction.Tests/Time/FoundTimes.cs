using KnowledgeGraph.Extraction.Time;

namespace KnowledgeGraph.Extraction.Tests.Time;

/// <summary>Runs <see cref="TimeExpressionFinder"/> on a sentence and describes what it found as "text=ISO" strings.</summary>
internal static class FoundTimes
{
    /// <summary>The reference date of most tests: a Wednesday.</summary>
    public static readonly DateOnly Wednesday = new(2025, 9, 3);

    public static IReadOnlyList<TimeExpression> In(string text, DateOnly? reference) =>
        TimeExpressionFinder.Find(AnalyzedText.Analyze(text), reference);

    /// <summary>Each expression as the text its span slices and the ISO date: "Sept. 3, 2025=2025-09-03".</summary>
    public static string[] Describe(string text, DateOnly? reference) =>
        [.. In(text, reference).Select(found => $"{found.Span.Slice(text)}={found.Date.ToIso()}")];
}
