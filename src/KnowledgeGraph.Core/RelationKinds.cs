namespace KnowledgeGraph.Core;

/// <summary>
/// The relation kinds stored in <c>relations.kind</c>. Users filter on these strings, so they never change.
/// Directed kinds read "source kind target": "Marco Rubio holds_position United States".
/// </summary>
public static class RelationKinds
{
    /// <summary>Two entities named in the same sentence. Undirected: the source is the entity with the smaller id.</summary>
    public const string CoMention = "co_mention";

    /// <summary>Person → country or organization; the label is the title ("Secretary of State").</summary>
    public const string HoldsPosition = "holds_position";

    /// <summary>Person or organization → the organization or alliance it belongs to.</summary>
    public const string MemberOf = "member_of";

    /// <summary>Person or organization → an organization or country it is tied to without membership (party, allegiance).</summary>
    public const string AffiliatedWith = "affiliated_with";

    /// <summary>Person → the organization or country they head; the label is the title when the text gives one.</summary>
    public const string Leads = "leads";

    /// <summary>Person or organization → whom they met. Undirected: the source is the entity with the smaller id.</summary>
    public const string MetWith = "met_with";

    /// <summary>Person or organization → the place they visited or will visit.</summary>
    public const string Visited = "visited";

    /// <summary>Place → the place that contains it (city → country).</summary>
    public const string LocatedIn = "located_in";

    /// <summary>Byline person → the outlet that published the article.</summary>
    public const string AuthorOf = "author_of";

    /// <summary>Entity → event it took part in; the label is the role.</summary>
    public const string ParticipantIn = "participant_in";

    /// <summary>Event → the place where it happened.</summary>
    public const string TookPlaceIn = "took_place_in";

    /// <summary>True for the kinds whose two ends are interchangeable, stored with the smaller id as source.</summary>
    public static bool IsSymmetric(string kind) =>
        string.Equals(kind, CoMention, StringComparison.Ordinal) || string.Equals(kind, MetWith, StringComparison.Ordinal);
}
