namespace KnowledgeGraph.Extraction.Ner.Conll;

/// <summary>
/// A CoNLL file as read: every line kept verbatim (so it can be written back with a prediction column),
/// grouped into documents and sentences. Tolerates CRLF, tabs, trailing spaces, a missing final blank line,
/// a leading byte-order mark, any column count and files without -DOCSTART-.
/// </summary>
public sealed class ConllFile
{
    private ConllFile(IReadOnlyList<ConllLine> lines, IReadOnlyList<ConllDocument> documents)
    {
        Lines = lines;
        Documents = documents;
        Sentences = documents.SelectMany(d => d.Sentences).ToArray();
        TokenCount = Sentences.Sum(s => s.Words.Count);
    }

    public IReadOnlyList<ConllLine> Lines { get; }

    /// <summary>One per -DOCSTART- block; text before the first marker (or a file without one) is a document too. Empty ones are dropped.</summary>
    public IReadOnlyList<ConllDocument> Documents { get; }

    /// <summary>All sentences of all documents in file order: the order <see cref="WriteWithPredictions"/> expects.</summary>
    public IReadOnlyList<ConllSentence> Sentences { get; }

    public int TokenCount { get; }

    public static ConllFile Parse(string text)
    {
        using var reader = new StringReader(text);
        return Read(reader);
    }

    /// <exception cref="FormatException">A sentence mixes one-column lines with lines that carry a tag.</exception>
    public static ConllFile Read(TextReader reader)
    {
        var lines = new List<ConllLine>();
        while (reader.ReadLine() is { } raw)
        {
            // A StreamReader drops the byte-order mark but text handed over as a string may still hold it,
            // and left in place it would hide the first -DOCSTART-.
            lines.Add(ConllLine.Parse(lines.Count == 0 ? raw.TrimStart('\uFEFF') : raw));
        }

        return new ConllFile(lines, GroupDocuments(lines));
    }

    /// <summary>
    /// Writes every line back, token lines with the predicted tag added as a new last column and -DOCSTART- lines
    /// with an O column, so the output can be scored by conlleval, which takes the column count from the first
    /// line and refuses any non-blank line with another count. Blank lines stay blank. Trailing separators are
    /// dropped first, because they would otherwise turn into an empty column before the added one.
    /// </summary>
    /// <param name="predictedTagsPerSentence">One tag list per sentence of <see cref="Sentences"/>, one tag per word.</param>
    /// <exception cref="ArgumentException">The counts do not match the file, or a tag is empty or holds a separator. Nothing is written then.</exception>
    public void WriteWithPredictions(TextWriter writer, IReadOnlyList<IReadOnlyList<string>> predictedTagsPerSentence)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(predictedTagsPerSentence);
        var tagByLine = PredictionsByLine(predictedTagsPerSentence);
        for (var i = 0; i < Lines.Count; i++)
        {
            var line = Lines[i];
            var added = line.IsDocumentStart ? EntityTag.Outside : tagByLine[i];
            writer.WriteLine(added is null ? line.Raw : line.Raw.TrimEnd(' ', '\t') + line.ColumnSeparator + added);
        }
    }

    /// <summary>Checks every count and tag before anything is written, so a mismatch never leaves half a file behind.</summary>
    private string?[] PredictionsByLine(IReadOnlyList<IReadOnlyList<string>> predicted)
    {
        const string parameter = "predictedTagsPerSentence";
        if (predicted.Count != Sentences.Count)
        {
            throw new ArgumentException($"Got tags for {predicted.Count} sentences but the file has {Sentences.Count}.", parameter);
        }

        var tagByLine = new string?[Lines.Count];
        for (var s = 0; s < Sentences.Count; s++)
        {
            var sentence = Sentences[s];
            var tags = predicted[s];
            if (tags.Count != sentence.Words.Count)
            {
                throw new ArgumentException(
                    $"Sentence {s} (line {sentence.LineIndexes[0] + 1}) has {sentence.Words.Count} words but got {tags.Count} tags.", parameter);
            }

            for (var t = 0; t < tags.Count; t++)
            {
                if (string.IsNullOrEmpty(tags[t]) || tags[t].AsSpan().IndexOfAny(' ', '\t') >= 0)
                {
                    throw new ArgumentException($"Tag '{tags[t]}' for line {sentence.LineIndexes[t] + 1} would not be one column.", parameter);
                }

                tagByLine[sentence.LineIndexes[t]] = tags[t];
            }
        }

        return tagByLine;
    }

    private static List<ConllDocument> GroupDocuments(IReadOnlyList<ConllLine> lines)
    {
        var documents = new List<ConllDocument>();
        var sentences = new List<ConllSentence>();
        var sentenceLines = new List<int>();
        for (var i = 0; i <= lines.Count; i++)
        {
            var atEnd = i == lines.Count;
            if (!atEnd && !lines[i].IsBlank && !lines[i].IsDocumentStart)
            {
                sentenceLines.Add(i);
                continue;
            }

            // A -DOCSTART- line or the end of the file closes the sentence even without a blank line before it.
            if (sentenceLines.Count > 0)
            {
                sentences.Add(MakeSentence(lines, sentenceLines));
                sentenceLines.Clear();
            }

            if ((atEnd || lines[i].IsDocumentStart) && sentences.Count > 0)
            {
                documents.Add(new ConllDocument(sentences.ToArray()));
                sentences.Clear();
            }
        }

        return documents;
    }

    private static ConllSentence MakeSentence(IReadOnlyList<ConllLine> lines, List<int> indexes)
    {
        var words = indexes.Select(i => lines[i].Columns[0]).ToArray();
        var untagged = indexes.Where(i => lines[i].Columns.Length < 2).ToArray();
        if (untagged.Length == indexes.Count)
        {
            return new ConllSentence(words, null, indexes.ToArray());
        }

        // Guessing which words a half-tagged sentence's tags belong to would silently misalign the gold
        // column, so the file is refused with the line to fix instead.
        if (untagged.Length > 0)
        {
            var tagged = indexes.First(i => lines[i].Columns.Length >= 2);
            throw new FormatException(
                $"Line {untagged[0] + 1} has only a word but line {tagged + 1} of the same sentence has {lines[tagged].Columns.Length} columns; "
                + "a sentence needs a tag on every line or on none.");
        }

        var goldTags = indexes.Select(i => lines[i].Columns[^1]).ToArray();
        return new ConllSentence(words, goldTags, indexes.ToArray());
    }
}
