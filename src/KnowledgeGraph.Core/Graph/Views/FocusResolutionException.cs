namespace KnowledgeGraph.Core.Graph.Views;

/// <summary>
/// The name given to <c>--focus</c> does not pick out one entity of the view: it names none, several, or one that the
/// view's other options removed. The message says which and lists <see cref="Candidates"/>, so the user can retry.
/// </summary>
public sealed class FocusResolutionException(string message, FocusProblem problem, IReadOnlyList<EntityNode> candidates)
    : Exception(message)
{
    public FocusProblem Problem { get; } = problem;

    /// <summary>The entities the name might have meant: close names when unknown, the matches otherwise.</summary>
    public IReadOnlyList<EntityNode> Candidates { get; } = candidates;
}

/// <summary>Why a focus name did not pick out one entity.</summary>
public enum FocusProblem
{
    /// <summary>No entity has that name, alias or id.</summary>
    Unknown,

    /// <summary>Several entities of the view have it.</summary>
    Ambiguous,

    /// <summary>The entity exists but an option applied before the focus removed it from the view.</summary>
    RemovedByEarlierOption,
}
