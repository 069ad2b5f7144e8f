using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>
/// holds_position, leads and party affiliation from the titles the name frames read, and leads from "X, who heads
/// ORG". A head of state, government or organization ("President", "CEO") also leads what the title is of, with
/// the same label. A title with no country near it waits in the sink for the office stated elsewhere.
/// </summary>
internal sealed class PositionPatterns(RelationCues cues, DocumentEntities entities) : ISentencePattern
{
    public void Find(FramedSentence sentence, RelationSink sink)
    {
        foreach (var name in sentence.Names)
        {
            if (!entities.IsPerson(name.EntityId))
            {
                continue;
            }

            foreach (var title in name.Titles)
            {
                AddTitle(name.EntityId, title, sentence.Index, sink);
            }

            FindHeadedBody(sentence, name, sink);
        }
    }

    public bool IsLeaderTitle(string label) => cues.LeaderTitles.Contains(label);

    private void AddTitle(int person, TitleReading title, int sentence, RelationSink sink)
    {
        if (title.PartyId is { } party)
        {
            sink.Add(person, party, RelationKinds.AffiliatedWith, null, sentence);
        }

        switch (title.Target)
        {
            case TitleTarget.Stated when title.TargetId is { } office:
                sink.Add(person, office, RelationKinds.HoldsPosition, title.Label, sentence);
                if (IsLeaderTitle(title.Label))
                {
                    sink.Add(person, office, RelationKinds.Leads, title.Label, sentence);
                }

                break;
            case TitleTarget.Unstated:
                sink.AddUnplacedTitle(person, title.Label, sentence);
                break;
        }
    }

    /// <summary>"Ruiz heads Havenbond", "Ruiz, who chairs Havenbond,"; not "chairs the Havenbond board": the body must stand whole.</summary>
    private void FindHeadedBody(FramedSentence sentence, NameFrame person, RelationSink sink)
    {
        if (!sentence.CanBeSubject(person) || sentence.ReadPredicate(person.RightEdge, cues.LeadVerbs) is not { Future: false } verb)
        {
            return;
        }

        // Organizations only: "led Chile to victory" is a match report, not a head of state.
        if (sentence.NameAt(verb.End) is { } body && entities.IsOrganization(body.EntityId) && sentence.EndsObject(body.RightEdge))
        {
            sink.Add(person.EntityId, body.EntityId, RelationKinds.Leads, null, sentence.Index);
        }
    }
}
