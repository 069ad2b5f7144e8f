using KnowledgeGraph.Extraction.Gazetteers;

namespace KnowledgeGraph.Extraction.Time;

/// <summary>
/// Decides whether a time expression belongs to a clause about the future, which is what sends "on Thursday" forward
/// rather than back. Future words come from <c>time-words.txt</c> ("will", "'ll", "is scheduled to", "plans to"); one
/// straight after a determiner ("the will of") is a noun. Within the expression's sentence, and never across a
/// semicolon:
/// <list type="bullet">
/// <item>A future word before the expression governs it ("will visit Ecuador on Thursday"), unless a verb of saying
/// comes between: in "The strike will go on, the union said on Tuesday" Tuesday is when it was said.</item>
/// <item>A future word after it governs it only when no clause opener ("and", "that", "which") and no verb of saying
/// comes between: "On Thursday, the envoy will fly" is future, while "agreed on Tuesday to form a group that will
/// meet monthly" and "met on Tuesday, and talks will resume" are not.</item>
/// <item>An expression right after a verb of saying ("said Tuesday", "said on Tuesday") dates the saying, which is
/// past.</item>
/// </list>
/// Everything else, present tense included, counts as past: news reports what happened, and "arrives Thursday" in a
/// headline-style present is the rarer reading. A past verb with its own subject between a future word and the
/// expression ends the future's reach ("will visit Porto on Friday, two days after he met Ruiz on Wednesday"); a past
/// relative clause before a future verb ("the envoy, who met the mayor on Tuesday, will fly") is still misread as future.
/// </summary>
internal static class ClauseTense
{
    public static bool IsFuture(TimeTokenReader reader, int token)
    {
        var text = reader.Text;
        var sentence = text.Sentences[text.SentenceOfToken[token]];
        var end = sentence.EndToken;
        if (FollowsVerbOfSaying(reader, token, sentence.FirstToken))
        {
            return false;
        }

        for (var k = token - 1; k >= sentence.FirstToken; k--)
        {
            if (reader.Word(k) is ";" || IsVerbOfSaying(reader, k) || OpensPastClause(reader, k, sentence.FirstToken))
            {
                break;
            }

            if (IsFutureWordAt(reader, k, token))
            {
                return true;
            }
        }

        for (var k = token + 1; k < end; k++)
        {
            if (reader.Word(k) is ";" || reader.Words.Roles(reader.Word(k)).IsClauseOpener || IsVerbOfSaying(reader, k))
            {
                break;
            }

            if (IsFutureWordAt(reader, k, end))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A verb of saying right before the expression, maybe with "on" or "in" between: "said Tuesday", "said on Tuesday".</summary>
    private static bool FollowsVerbOfSaying(TimeTokenReader reader, int token, int first)
    {
        var before = token - 1;
        if (before >= first && (reader.Is(before, "on") || reader.Roles(before).MonthContext != MonthContextStrength.None))
        {
            before--;
        }

        return before >= first && IsVerbOfSaying(reader, before);
    }

    // Past forms that do not end in -ed, of verbs news uses for what people did.
    private static readonly HashSet<string> IrregularPast = new(StringComparer.Ordinal)
    {
        "met", "held", "saw", "went", "came", "made", "took", "gave", "told", "spoke", "left", "sent", "won", "lost", "began", "flew", "struck",
    };

    private static readonly HashSet<string> Subjects = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "they", "we", "i", "it", "who", "which",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> IrregularPastForms = IrregularPast.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SubjectForms = Subjects.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// A past verb with a subject of its own before it ("two days after he met Ruiz on Wednesday", "Ruiz met"): a clause
    /// about the past, which a future word further back does not reach.
    /// </summary>
    private static bool OpensPastClause(TimeTokenReader reader, int token, int first)
    {
        var word = reader.Word(token);
        if (token <= first || word.Length < 3 || !char.IsLower(word[0])
            || !(IrregularPastForms.Contains(word) || word.EndsWith("ed", StringComparison.Ordinal)))
        {
            return false;
        }

        var before = reader.Word(token - 1);
        return before.Length > 0 && (SubjectForms.Contains(before) || char.IsUpper(before[0]));
    }

    private static bool IsVerbOfSaying(TimeTokenReader reader, int token) =>
        char.IsLower(reader.Word(token)[0]) && Gazetteer.Default.IsSpeechVerb(reader.Text.TokenText(token));

    private static bool IsFutureWordAt(TimeTokenReader reader, int token, int end) =>
        reader.Words.FuturePhraseLength(reader.Text, token, end) > 0
        && (token == 0 || !reader.Words.Roles(reader.Text.Tokens[token - 1].In(reader.Text.Text)).IsDeterminer);
}
