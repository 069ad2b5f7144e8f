using KnowledgeGraph.Extraction.Ner;
using KnowledgeGraph.Extraction.Ner.Conll;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// Reads the CoNLL files and tagger models the ner commands take. Whatever is wrong with one (missing, unreadable,
/// malformed, without the gold column it needs, trained with other lexicons) becomes one message naming the file.
/// </summary>
internal static class NerInputs
{
    /// <summary>The file name that stands for standard input.</summary>
    public const string StandardInput = "-";

    /// <summary>"Training file '/full/path'": how messages name a file.</summary>
    public static string Name(string path, string what) =>
        path == StandardInput ? $"{what} (standard input)" : $"{what} '{Path.GetFullPath(path)}'";

    /// <param name="path">A file, or <see cref="StandardInput"/>.</param>
    /// <param name="what">What the file is for, as messages name it: "Training file".</param>
    public static ConllFile ReadConll(string path, string what)
    {
        if (path == StandardInput)
        {
            return Parse(Console.In, Name(path, what));
        }

        InputNotFoundException.ThrowIfMissing(new FileInfo(path), what);
        try
        {
            using var reader = new StreamReader(path);
            return Parse(reader, Name(path, what));
        }
        catch (Exception unreadable) when (unreadable is IOException or UnauthorizedAccessException)
        {
            throw new UnusableInputException($"{Name(path, what)} cannot be read: {unreadable.Message}", unreadable);
        }
    }

    /// <summary>The file's documents with their gold tags, for training or for scoring a model during training.</summary>
    public static IReadOnlyList<NerTrainingDocument> TrainingDocuments(ConllFile file, string name)
    {
        IReadOnlyList<NerTrainingDocument> documents;
        try
        {
            documents = NerTrainingDocument.FromConll(file);
        }
        catch (Exception unusable) when (unusable is InvalidDataException or FormatException)
        {
            throw new UnusableInputException($"{name}: {unusable.Message}", unusable);
        }

        return documents.Count > 0 ? documents : throw new UnusableInputException($"{name} holds no sentences.");
    }

    /// <summary>
    /// Refuses a file without a single token line (empty, or only blank and -DOCSTART- lines), which is almost always
    /// the wrong file: scored or learned from, it would give a report or result of nothing that looks like success.
    /// </summary>
    /// <param name="consequence">What the command cannot do without sentences: "there is nothing to score".</param>
    public static void RequireSentences(ConllFile file, string name, string consequence)
    {
        if (file.Sentences.Count == 0)
        {
            throw new UnusableInputException($"{name} holds no sentences: {consequence}.");
        }
    }

    /// <summary>Checks that every sentence has a gold column of readable tags, before any time is spent tagging.</summary>
    public static void RequireGoldTags(ConllFile file, string name)
    {
        foreach (var sentence in file.Sentences)
        {
            if (sentence.GoldTags is null)
            {
                throw new UnusableInputException(
                    $"{name} has no tag column (line {sentence.LineIndexes[0] + 1} holds only a word); scoring needs the gold tags in the last column. To tag a file without them use 'kg tag'.");
            }

            try
            {
                ChunkReader.Chunks(sentence.GoldTags);
            }
            catch (FormatException malformed)
            {
                throw new UnusableInputException($"{name}, sentence at line {sentence.LineIndexes[0] + 1}: {malformed.Message}", malformed);
            }
        }
    }

    /// <summary>The model in <paramref name="model"/>, or the one built into kg when it is null.</summary>
    public static NerTagger LoadTagger(FileInfo? model)
    {
        if (model is null)
        {
            try
            {
                return ShippedNerModel.DefaultTagger;
            }
            catch (InvalidDataException broken)
            {
                // Not the user's doing: kg was built with a broken model, which is a bug to report.
                throw new InvalidOperationException($"The tagger model built into kg cannot be loaded ({broken.Message}). Pass one with --model.", broken);
            }
        }

        InputNotFoundException.ThrowIfMissing(model, "Model");
        try
        {
            using var stream = model.OpenRead();
            return new NerTagger(NerModelFile.Load(stream), NerLexicons.Default);
        }
        catch (Exception unusable) when (unusable is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            throw new UnusableInputException($"Model '{model.FullName}' cannot be used: {unusable.Message}", unusable);
        }
    }

    private static ConllFile Parse(TextReader reader, string name)
    {
        try
        {
            return ConllFile.Read(reader);
        }
        catch (FormatException malformed)
        {
            throw new UnusableInputException($"{name}: {malformed.Message}", malformed);
        }
    }
}
