using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Facts;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>
/// Links every two entities named in the same sentence. The relation's evidence is the list of those sentences, so its
/// weight in a document is how many sentences name both. Undirected: the source is the entity with the smaller id.
/// </summary>
public static class CoMentionExtractor
{
    public static IReadOnlyList<LocalRelation> Extract(IReadOnlyList<Mention> mentions, IReadOnlyList<TextSpan> sentences)
    {
        var evidence = new SortedDictionary<(int Source, int Target), List<TextSpan>>();
        foreach (var sentence in mentions.GroupBy(m => m.Sentence).OrderBy(g => g.Key))
        {
            var entities = sentence.Select(m => m.EntityId).Distinct().Order().ToArray();
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
