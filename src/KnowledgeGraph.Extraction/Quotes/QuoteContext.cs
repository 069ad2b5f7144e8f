using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Facts;
using KnowledgeGraph.Extraction.Gazetteers;

namespace KnowledgeGraph.Extraction.Quotes;

/// <summary>
/// One document as the quotation stages read it: its tokens and sentences, its mentions by offset, the kind of each
/// entity, and the spans inside quotation marks or posts, where no attribution may look for a speaker. Lookups are
/// binary searches, so asking about one quote costs the few tokens around it, not the document.
/// </summary>
internal sealed class QuoteContext
{
    private readonly Dictionary<int, LocalEntity> _entities = [];
    private readonly List<TextSpan> _quoted;

    public QuoteContext(AnalyzedText text, IReadOnlyList<LocalEntity> entities, IReadOnlyList<Mention> mentions, List<TextSpan> quoted, Gazetteer gazetteer)
    {
        Text = text;
        Mentions = mentions;
        foreach (var entity in entities)
        {
            _entities[entity.Id] = entity;
        }

        quoted.Sort((a, b) => a.Start.CompareTo(b.Start));
        _quoted = quoted;
        Titles = gazetteer.Titles;
        SpeechVerbs = new SpeechVerbForms(gazetteer);
    }

    public AnalyzedText Text { get; }

    public IReadOnlyList<Mention> Mentions { get; }

    public TitleLexicon Titles { get; }

    public SpeechVerbForms SpeechVerbs { get; }

    public int TokenCount => Text.Tokens.Count;

    public ReadOnlySpan<char> Word(int token) => Text.Tokens[token].In(Text.Text);

    public int SentenceOf(int token) => Text.SentenceOfToken[token];

    public EntityKind? KindOf(int entityId) => _entities.TryGetValue(entityId, out var entity) ? entity.Kind : null;

    public LocalEntity? Entity(int entityId) => _entities.GetValueOrDefault(entityId);

    public bool IsPerson(Mention mention) => KindOf(mention.EntityId) == EntityKind.Person;

    /// <summary>True when <paramref name="position"/> lies inside quotation marks or a post (marks included).</summary>
    public bool IsQuoted(int position)
    {
        int low = 0, high = _quoted.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var span = _quoted[middle];
            if (position < span.Start)
            {
                high = middle - 1;
            }
            else if (position >= span.End)
            {
                low = middle + 1;
            }
            else
            {
                return true;
            }
        }

        return false;
    }

    public bool IsQuotedToken(int token) => IsQuoted(Text.Tokens[token].Start);

    /// <summary>The first token that starts at or after <paramref name="position"/>; the token count when none does.</summary>
    public int TokenAtOrAfter(int position)
    {
        int low = 0, high = TokenCount;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (Text.Tokens[middle].Start < position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>Index of the first mention that starts at or after <paramref name="position"/>.</summary>
    public int MentionAtOrAfter(int position)
    {
        int low = 0, high = Mentions.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (Mentions[middle].Span.Start < position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>The mention that covers the start of token <paramref name="token"/>, or null.</summary>
    public Mention? MentionAt(int token)
    {
        var start = Text.Tokens[token].Start;
        var index = MentionAtOrAfter(start + 1) - 1;
        return index >= 0 && Mentions[index].Span.Start <= start && start < Mentions[index].Span.End ? Mentions[index] : null;
    }

    /// <summary>The first and the end token a mention covers.</summary>
    public (int First, int End) TokensOf(Mention mention)
    {
        var first = TokenAtOrAfter(mention.Span.Start);
        var end = first;
        while (end < TokenCount && Text.Tokens[end].Start < mention.Span.End)
        {
            end++;
        }

        return (first, end);
    }

    public bool Is(int token, string word) => Word(token).Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool IsComma(int token) => Word(token) is ",";

    public bool IsWord(int token) => Word(token) is { Length: > 0 } word && char.IsLetterOrDigit(word[0]);

    public bool IsCapitalized(int token) => Word(token) is { Length: > 0 } word && char.IsUpper(word[0]);

    public bool IsSpeechVerb(int token) => IsWord(token) && char.IsLower(Word(token)[0]) && SpeechVerbs.IsSpeechVerb(Text.TokenText(token));

    /// <summary>"according" followed by "to".</summary>
    public bool IsAccordingTo(int token) =>
        token + 1 < TokenCount && AttributionWords.IsAccording(Word(token)) && AttributionWords.IsTo(Word(token + 1));

    /// <summary>A token that ends a sentence or a clause an attribution cannot cross.</summary>
    public bool IsClauseEnd(int token) => Word(token) is "." or "!" or "?" or ";" or "…";

    public bool StartsLine(int token) => Text.Tokens[token].LineStart;
}
