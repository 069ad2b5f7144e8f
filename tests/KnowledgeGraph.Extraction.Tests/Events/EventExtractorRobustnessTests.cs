using KnowledgeGraph.Core.Documents;
using KnowledgeGraph.Core.Facts;
using KnowledgeGraph.Extraction.Events;
using KnowledgeGraph.Extraction.Gazetteers;
using KnowledgeGraph.Extraction.Tests.Robustness;
using KnowledgeGraph.Extraction.Time;

namespace KnowledgeGraph.Extraction.Tests.Events;

/// <summary>Hostile text (control characters, stray quotes, markup, long runs) through the pipeline and the extractor.</summary>
public class EventExtractorRobustnessTests
{
    private static readonly ExtractionPipeline Pipeline = ExtractionPipeline.CreateDefault();
    private static readonly EventExtractor Extractor = new(Gazetteer.Default);

    [Fact]
    public void Hostile_text_gives_well_formed_events_without_throwing()
    {
        for (var seed = 1; seed <= 40; seed++)
        {
            var input = HostileInput.Build(seed, seed % 10 == 0 ? 20_000 : 2_000);
            var text = input.Text;
            var facts = Pipeline.Extract(new Document("hostile.txt", "Hostile", null, null, null, null, null, text, ContentHash.Of(text)));
            var analyzed = AnalyzedText.Analyze(text);
            var times = EveryFifthSentenceDated(analyzed);

            var events = Bounded.Run("EventExtractor.Extract", input, () => Extractor.Extract(analyzed, facts.Entities, facts.Mentions, times));

            foreach (var e in events)
            {
                Assert.All(e.Evidence, span => Assert.InRange(span.End, span.Start, text.Length));
                Assert.InRange(e.Trigger.End, e.Trigger.Start + 1, text.Length);
                Assert.All(e.Participants, p => Assert.InRange(p.EntityId, 0, facts.Entities.Count - 1));
                Assert.InRange(e.Name.Length, 1, 80);
            }
        }
    }

    // A date on the first token of every fifth sentence, so that dating runs on hostile text too.
    private static List<TimeExpression> EveryFifthSentenceDated(AnalyzedText analyzed) =>
        [.. analyzed.Sentences
            .Where((sentence, index) => index % 5 == 0 && sentence.TokenCount > 0)
            .Select(sentence => new TimeExpression(
                analyzed.Tokens[sentence.FirstToken].Span,
                new FactDate(new DateOnly(2025, 3, 10), DatePrecision.Day),
                false))];
}
