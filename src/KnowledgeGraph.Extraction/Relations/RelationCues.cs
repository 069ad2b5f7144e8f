using KnowledgeGraph.Extraction.Gazetteers;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>
/// The word lists the relation patterns consult: verbs of meeting and travel, the titles of those who lead, the words
/// that may stand between a name and its title. They describe how English links names rather than names themselves,
/// which is why they live in their own embedded file (relation-cues.tsv) instead of the gazetteer.
/// </summary>
internal sealed class RelationCues
{
    private const string Resource = "relation-cues.tsv";

    private static readonly Lazy<RelationCues> Embedded = new(LoadEmbedded);

    public RelationCues(IEnumerable<(string Group, string Phrase, string? Tag)> rows)
    {
        var groups = rows.ToLookup(row => row.Group, StringComparer.Ordinal);
        PhraseSet Group(string name) => new(groups[name].Select(row => (row.Phrase, row.Tag)));

        LeaderTitles = Group("leader-title");
        Honorifics = Group("honorific");
        TitleBlockers = Group("title-blocker");
        TitleExpansions = Group("title-expansion");
        Fillers = Group("filler");
        Determiners = Group("determiner");
        Auxiliaries = Group("auxiliary");
        Adverbials = Group("adverbial");
        MeetVerbs = Group("meet-verb");
        MeetIntransitives = Group("meet-intransitive");
        MeetNouns = Group("meet-noun");
        MeetAfter = Group("meet-after");
        VisitVerbs = Group("visit-verb");
        VisitNouns = Group("visit-noun");
        LeadVerbs = Group("lead-verb");
        JoinVerbs = Group("join-verb");
        MemberNouns = Group("member-noun");
        PartyWords = Group("party-word");
        PartyAdjectives = Group("party-adjective");
        Occupations = Group("occupation");
        ObjectFollowers = Group("object-follower");
        Prepositions = Group("preposition");
        PlaceNouns = Group("place-noun");
        CapitalNouns = Group("capital-noun");
        Weekdays = Group("weekday");
    }

    /// <summary>The cues shipped inside this assembly.</summary>
    public static RelationCues Default => Embedded.Value;

    /// <summary>Titles of whoever heads a country or organization ("president", "CEO"): they also yield leads.</summary>
    public PhraseSet LeaderTitles { get; }

    /// <summary>Forms of address that are no office ("Mr.", "Dr."): a name after them holds no position.</summary>
    public PhraseSet Honorifics { get; }

    /// <summary>Words before a title that take the office away from the name ("former", "deputy").</summary>
    public PhraseSet TitleBlockers { get; }

    /// <summary>Abbreviated titles, each tagged with the label it stands for ("Sen." → "Senator").</summary>
    public PhraseSet TitleExpansions { get; }

    /// <summary>Adjectives that may stand between an article and a title ("the first", "a longtime").</summary>
    public PhraseSet Fillers { get; }

    public PhraseSet Determiners { get; }

    /// <summary>Words between a subject and its verb; those tagged "future" make the fact a plan.</summary>
    public PhraseSet Auxiliaries { get; }

    /// <summary>Words allowed between a verb of meeting and "with" ("met privately with").</summary>
    public PhraseSet Adverbials { get; }

    public PhraseSet MeetVerbs { get; }

    /// <summary>Verbs of meeting with no object, after "A and B".</summary>
    public PhraseSet MeetIntransitives { get; }

    public PhraseSet MeetNouns { get; }

    /// <summary>Prepositions before "meeting B" ("after", "following").</summary>
    public PhraseSet MeetAfter { get; }

    public PhraseSet VisitVerbs { get; }

    public PhraseSet VisitNouns { get; }

    public PhraseSet LeadVerbs { get; }

    public PhraseSet JoinVerbs { get; }

    public PhraseSet MemberNouns { get; }

    /// <summary>Head words of party names ("Party", "Partido").</summary>
    public PhraseSet PartyWords { get; }

    /// <summary>Adjectives naming a party's member ("Republican", "Labour").</summary>
    public PhraseSet PartyAdjectives { get; }

    /// <summary>Job nouns that tie the name after them to the organization before them ("Reuters reporter").</summary>
    public PhraseSet Occupations { get; }

    /// <summary>Words that may follow the object of a pattern; any other word makes the name a mere modifier.</summary>
    public PhraseSet ObjectFollowers { get; }

    /// <summary>Words before a name that make it no subject ("a critic of Ruiz").</summary>
    public PhraseSet Prepositions { get; }

    /// <summary>Nouns of settlement in "the city of X".</summary>
    public PhraseSet PlaceNouns { get; }

    public PhraseSet CapitalNouns { get; }

    public PhraseSet Weekdays { get; }

    private static RelationCues LoadEmbedded()
    {
        var rows = new List<(string, string, string?)>();
        foreach (var line in EmbeddedList.Lines(Resource))
        {
            var columns = line.Split('\t');
            if (columns.Length >= 2)
            {
                rows.Add((columns[0], columns[1], columns.Length > 2 && columns[2].Length > 0 ? columns[2] : null));
            }
        }

        return new RelationCues(rows);
    }
}
