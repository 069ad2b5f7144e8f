using System.Collections.Frozen;
using System.Globalization;
using KnowledgeGraph.Extraction.Gazetteers;

namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// The trigger list (Gazetteers/event-triggers.tsv) indexed by first word, so that finding the triggers of a document
/// is one dictionary probe per token however long the list grows. Phrases sharing a first word are tried longest first:
/// "struck a deal" is an agreement before "struck" is an attack, and "meeting expectations" hides "meeting".
/// </summary>
public sealed class EventTriggerLexicon
{
    private const string ResourceName = "event-triggers.tsv";

    /// <summary>The most words a listed phrase may have; rules that look around a trigger rely on the bound.</summary>
    public const int MaxFormWords = 8;

    // "carried out", "took part in": support verb phrases are short.
    private const int MaxSupportWords = 3;

    private static readonly Lazy<EventTriggerLexicon> Shipped = new(LoadShipped);

    // For each first word: the forms starting with it, longest first, each with its rows (a form may be noun and verb).
    private readonly FrozenDictionary<string, EventTrigger[][]> _triggers;
    private readonly FrozenDictionary<string, EventTrigger[]> _contexts;
    private readonly FrozenDictionary<string, EventTrigger[]> _supports;

    public EventTriggerLexicon(IEnumerable<EventTrigger> rows)
    {
        Rows = [.. rows];
        _triggers = Rows
            .Where(row => row.WordClass is EventWordClass.Noun or EventWordClass.Verb)
            .GroupBy(row => row.Form, StringComparer.Ordinal)
            .Select(form => form.ToArray())
            .GroupBy(form => form[0].Words[0], StringComparer.Ordinal)
            .ToFrozenDictionary(
                byFirst => byFirst.Key,
                byFirst => byFirst.OrderByDescending(form => form[0].Words.Count).ToArray(),
                StringComparer.Ordinal);
        _contexts = ByFirstWord(Rows.Where(row => row.WordClass == EventWordClass.Context));
        _supports = ByFirstWord(Rows.Where(row => row.WordClass == EventWordClass.Support));
    }

    /// <summary>The list shipped inside this assembly.</summary>
    public static EventTriggerLexicon Default => Shipped.Value;

    /// <summary>Every row, in the order of the list.</summary>
    public IReadOnlyList<EventTrigger> Rows { get; }

    /// <summary>
    /// Reads the tab-separated list: form, type (or "default|alternative", or "any"), noun|verb|context|support, and optionally
    /// "subject role/object role". Lines starting with '#' and blank lines are skipped. A row naming an unknown type,
    /// word class or role is an error, so that a typo in the list fails the build's tests instead of silently never
    /// matching.
    /// </summary>
    public static EventTriggerLexicon Parse(TextReader reader)
    {
        var rows = new List<EventTrigger>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            rows.Add(ParseRow(line.TrimEnd(), lineNumber));
        }

        return new EventTriggerLexicon(rows);
    }

    /// <summary>
    /// The trigger forms that the words from <paramref name="start"/> spell, longest first; each item holds the rows of
    /// one form (two when it is both a noun and a verb). <paramref name="lowerWords"/> are the tokens in lower case.
    /// </summary>
    public IEnumerable<IReadOnlyList<EventTrigger>> TriggersAt(IReadOnlyList<string> lowerWords, int start, int end)
    {
        if (!_triggers.TryGetValue(lowerWords[start], out var forms))
        {
            yield break;
        }

        foreach (var form in forms)
        {
            if (Spells(form[0].Words, lowerWords, start, end))
            {
                yield return form;
            }
        }
    }

    /// <summary>The longest context phrase that <paramref name="words"/> spell from <paramref name="start"/>, as written.</summary>
    public EventTrigger? ContextAt(IReadOnlyList<string> words, int start, int end) =>
        _contexts.TryGetValue(words[start], out var rows)
            ? Array.Find(rows, row => Spells(row.Words, words, start, end))
            : null;

    /// <summary>
    /// The first token of a support verb phrase ("carried out", "paid") that ends with token <paramref name="last"/>,
    /// or -1. <paramref name="lowerWords"/> are the tokens in lower case.
    /// </summary>
    public int SupportEndingAt(IReadOnlyList<string> lowerWords, int first, int last)
    {
        for (var start = last; start >= first && start > last - MaxSupportWords; start--)
        {
            if (_supports.TryGetValue(lowerWords[start], out var rows)
                && Array.Exists(rows, row => row.Words.Count == last - start + 1 && Spells(row.Words, lowerWords, start, last + 1)))
            {
                return start;
            }
        }

        return -1;
    }

    private static FrozenDictionary<string, EventTrigger[]> ByFirstWord(IEnumerable<EventTrigger> rows) =>
        rows.GroupBy(row => row.Words[0], StringComparer.Ordinal)
            .ToFrozenDictionary(
                byFirst => byFirst.Key,
                byFirst => byFirst.OrderByDescending(row => row.Words.Count).ToArray(),
                StringComparer.Ordinal);

    private static bool Spells(IReadOnlyList<string> form, IReadOnlyList<string> words, int start, int end)
    {
        if (start + form.Count > end)
        {
            return false;
        }

        for (var i = 1; i < form.Count; i++)
        {
            if (!string.Equals(form[i], words[start + i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static EventTrigger ParseRow(string line, int lineNumber)
    {
        var columns = line.Split('\t');
        if (columns.Length is < 3 or > 4 || columns[0].Length == 0)
        {
            throw Invalid(lineNumber, "expected form, type, word class and optional roles separated by tabs");
        }

        var words = columns[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var wordClass = columns[2] switch
        {
            "noun" => EventWordClass.Noun,
            "verb" => EventWordClass.Verb,
            "context" => EventWordClass.Context,
            "support" => EventWordClass.Support,
            _ => throw Invalid(lineNumber, $"word class '{columns[2]}' is not noun, verb, context or support"),
        };
        var types = columns[1].Split('|');
        if (wordClass == EventWordClass.Support ? columns[1] != EventTrigger.Any
            : types.Length > 2 || types.Any(type => type != EventTrigger.None && !EventTypes.IsKnown(type)))
        {
            throw Invalid(lineNumber, $"type '{columns[1]}' is not a documented event type, 'none', 'default|alternative', or 'any' for a support verb");
        }

        if (words.Length == 0 || words.Length > MaxFormWords)
        {
            throw Invalid(lineNumber, $"form '{columns[0]}' must have 1 to {MaxFormWords} words");
        }

        if (words.Length > MaxSupportWords && wordClass == EventWordClass.Support)
        {
            throw Invalid(lineNumber, $"support verb '{columns[0]}' is longer than {MaxSupportWords} words");
        }

        string? subjectRole = null;
        string? objectRole = null;
        if (columns.Length == 4)
        {
            var roles = columns[3].Split('/');
            if (roles.Length != 2 || roles.Any(role => !EventRoleNames.All.Contains(role, StringComparer.Ordinal)))
            {
                throw Invalid(lineNumber, $"roles '{columns[3]}' are not 'subject role/object role' from the documented roles");
            }

            (subjectRole, objectRole) = (roles[0], roles[1]);
        }

        if (wordClass != EventWordClass.Context && words.Any(word => !string.Equals(word, word.ToLowerInvariant(), StringComparison.Ordinal)))
        {
            throw Invalid(lineNumber, $"trigger '{columns[0]}' must be written in lower case");
        }

        return new EventTrigger(words, types[0], types.Length == 2 ? types[1] : null, wordClass, subjectRole, objectRole);
    }

    private static InvalidDataException Invalid(int lineNumber, string problem) =>
        new(string.Create(CultureInfo.InvariantCulture, $"event-triggers.tsv line {lineNumber}: {problem}."));

    private static EventTriggerLexicon LoadShipped()
    {
        using var reader = EmbeddedList.Open(ResourceName);
        return Parse(reader);
    }
}
