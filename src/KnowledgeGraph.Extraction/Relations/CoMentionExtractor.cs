using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Facts;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>
/// Links every two entities named in the same sentence. The relation's evidence is the list of those sentences, so its
/// weight in a document is how many sentences name both. Undirected: the source is the entity with the smaller id.
/// A sentence that names more than <see cref="MaxEntitiesPerSentence"/> entities links none of them.
/// </summary>
public static class CoMentionExtractor
{
    /// <summary>
    /// A sentence naming more entities than this is a list, a table or run-on text with no sentence ends, not a statement
    /// about how its names relate; its pairs would grow with the square of its names and drown the real links.
    /// </summary>
    public const int MaxEntitiesPerSentence = 15;

    public static IReadOnlyList<LocalRelation> Extract(IReadOnlyList<Mention> mentions, IReadOnlyList<TextSpan> sentences)
    {
        var evidence = new SortedDictionary<(int Source, int Target), List<TextSpan>>();
        foreach (var sentence in mentions.GroupBy(m => m.Sentence).OrderBy(g => g.Key))
        {
            var entities = sentence.Select(m => m.EntityId).Distinct().Order().ToArray();
            if (entities.Length > MaxEntitiesPerSentence)
            {
                continue;
            }
            for (var a = 0; a < entities.Length; a++)
            {
                for (var b = a + 1; b < entities.Length; b++)
                {
                    var pair = (entities[a], entities[b]);
                    if (!evidence.TryGetValue(pair, out var spans))
                    {
                        evidence[pair] = spans = [];
                    }

                    spans.Add(sentences[sentence.Key]);
                }
            }
        }

        return evidence.Select(e => new LocalRelation(e.Key.Source, e.Key.Target, RelationKinds.CoMention, null, e.Value)).ToList();
    }
}
