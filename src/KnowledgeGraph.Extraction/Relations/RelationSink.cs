using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Facts;

namespace KnowledgeGraph.Extraction.Relations;

/// <summary>
/// Gathers what the patterns find, one relation per (source, target, kind, label) with the indices of every sentence
/// that supports it, and holds back titles read without a country until the whole document has been read.
/// Symmetric kinds are stored with the smaller id first, as the store keeps them, so "A met B" and "B met A" merge.
/// </summary>
internal sealed class RelationSink
{
    private readonly Dictionary<RelationKey, SortedSet<int>> _evidence = [];
    private readonly List<(int Person, string Title, int Sentence)> _unplacedTitles = [];

    public void Add(int source, int target, string kind, string? label, int sentence)
    {
        if (source == target)
        {
            return;
        }

        if (RelationKinds.IsSymmetric(kind) && source > target)
        {
            (source, target) = (target, source);
        }

        var key = new RelationKey(source, target, kind, label);
        if (!_evidence.TryGetValue(key, out var sentences))
        {
            _evidence[key] = sentences = [];
        }

        sentences.Add(sentence);
    }

    /// <summary>A title read next to a person with no country or organization near it ("President Ana Ruiz").</summary>
    public void AddUnplacedTitle(int person, string title, int sentence) => _unplacedTitles.Add((person, title, sentence));

    /// <summary>
    /// Gives each title read without a country the office the document states elsewhere for the same person: the
    /// one with the same title, else the one whose title contains it ("Secretary" → "Secretary of State"), else the
    /// person's only stated office. A person with no stated office, or several that fit, gets none.
    /// </summary>
    public void PlaceTitles(Func<string, bool> isLeaderTitle)
    {
        var stated = _evidence.Keys.Where(k => k.Kind == RelationKinds.HoldsPosition).ToList();
        foreach (var (person, title, sentence) in _unplacedTitles)
        {
            var offices = stated.Where(k => k.Source == person).ToList();
            var fitting = offices.Where(k => string.Equals(k.Label, title, StringComparison.OrdinalIgnoreCase)).ToList();
            if (fitting.Count == 0)
            {
                fitting = offices.Where(k => ContainsWords(k.Label!, title)).ToList();
            }

            string label;
            int target;
            if (fitting.Select(k => k.Target).Distinct().Count() == 1 && fitting.Select(k => k.Label).Distinct().Count() == 1)
            {
                (label, target) = (fitting[0].Label!, fitting[0].Target);
            }
            else if (fitting.Count == 0 && offices.Select(k => k.Target).Distinct().Count() == 1)
            {
                (label, target) = (title, offices[0].Target);
            }
            else
            {
                continue;
            }

            Add(person, target, RelationKinds.HoldsPosition, label, sentence);
            if (isLeaderTitle(label))
            {
                Add(person, target, RelationKinds.Leads, label, sentence);
            }
        }
    }

    /// <summary>The relations in a stable order (source, target, kind, label), evidence in document order.</summary>
    public IReadOnlyList<LocalRelation> ToRelations(IReadOnlyList<TextSpan> sentences) =>
        _evidence
            .OrderBy(e => e.Key.Source)
            .ThenBy(e => e.Key.Target)
            .ThenBy(e => e.Key.Kind, StringComparer.Ordinal)
            .ThenBy(e => e.Key.Label is null ? 0 : 1)
            .ThenBy(e => e.Key.Label, StringComparer.Ordinal)
            .Select(e => new LocalRelation(e.Key.Source, e.Key.Target, e.Key.Kind, e.Key.Label, e.Value.Select(s => sentences[s]).ToList()))
            .ToList();

    private static bool ContainsWords(string label, string title) =>
        $" {label} ".Contains($" {title} ", StringComparison.OrdinalIgnoreCase);

    private readonly record struct RelationKey(int Source, int Target, string Kind, string? Label);
}
