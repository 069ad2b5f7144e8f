using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Resolution;

/// <summary>The mentions of one entity within one document, as the resolver gathers them.</summary>
internal sealed class MentionCluster(EntityKind kind, MentionCandidate founder)
{
    /// <summary>The cluster's kind; "other" becomes "person" when a member with a person cue joins.</summary>
    public EntityKind Kind { get; set; } = kind;

    /// <summary>The fullest form, which shorter mentions are matched against.</summary>
    public MentionCandidate Founder { get; } = founder;

    public List<MentionCandidate> Members { get; } = [founder];

    public int FirstToken => Members.Min(m => m.FirstToken);

    /// <summary>
    /// The family name: from the first particle on ("de la fuente"), else the last word. Handles and lower-case
    /// re-mentions are matched against it.
    /// </summary>
    public string FoldedSurname
    {
        get
        {
            var words = Founder.FoldedWords;
            for (var i = 1; i < words.Length - 1; i++)
            {
                if (Tagging.NameConnectors.IsParticle(words[i]))
                {
                    return string.Join(' ', words[i..]);
                }
            }

            return words[^1];
        }
    }

    /// <summary>
    /// True when <paramref name="candidate"/>'s words stand inside this cluster's name as a name would be shortened:
    /// the leading words of a full name ("Claudia Sheinbaum" in "Claudia Sheinbaum Pardo"), or any run of words that
    /// does not start it ("Sheinbaum", "Ramón de la Fuente"). A lone first word is matched separately, as a given name.
    /// </summary>
    public bool Contains(MentionCandidate candidate)
    {
        var words = Founder.FoldedWords.AsSpan();
        for (var start = 0; start + candidate.WordCount <= words.Length; start++)
        {
            if ((start > 0 || candidate.WordCount > 1) && words.Slice(start, candidate.WordCount).SequenceEqual(candidate.FoldedWords))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="candidate"/>'s words end this cluster's name ("Rubio" ends "Marco Rubio").</summary>
    public bool EndsWith(MentionCandidate candidate) =>
        candidate.WordCount <= Founder.WordCount
        && Founder.FoldedWords.AsSpan(Founder.WordCount - candidate.WordCount).SequenceEqual(candidate.FoldedWords);
}
