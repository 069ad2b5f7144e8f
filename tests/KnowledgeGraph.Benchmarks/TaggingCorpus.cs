using KnowledgeGraph.Extraction;
using KnowledgeGraph.Extraction.Ner.Conll;

namespace KnowledgeGraph.Benchmarks;

/// <summary>
/// Documents as the tagger takes them (sentences of words). Built the same way in the benchmark process and in the
/// host that prints the summary, so both agree on <see cref="TokenCount"/>.
/// </summary>
internal sealed record TaggingCorpus(string Description, IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>> Documents)
{
    /// <summary>About the size of the CoNLL-2003 development set, so the two sources give comparable runs.</summary>
    private const int MinimumSampleTokens = 50_000;

    public int TokenCount { get; } = Documents.Sum(d => d.Sum(s => s.Count));

    /// <summary>
    /// The CoNLL-2003 development set when it is there: the text the model's accuracy is reported on, so speed and
    /// accuracy refer to the same words. Else the bundled samples, repeated.
    /// </summary>
    public static TaggingCorpus Load()
    {
        var conll = RepositoryLayout.ConllDevelopmentSet;
        if (File.Exists(conll))
        {
            return FromConll(conll);
        }

        if (Environment.GetEnvironmentVariable("KG_CONLL") is { Length: > 0 })
        {
            throw new FileNotFoundException("KG_CONLL names a file that does not exist.", conll);
        }

        return FromSamples();
    }

    private static TaggingCorpus FromConll(string path)
    {
        using var reader = File.OpenText(path);
        var documents = ConllFile.Read(reader).Documents
            .Select(d => (IReadOnlyList<IReadOnlyList<string>>)d.Sentences.Select(s => s.Words).ToArray())
            .ToArray();
        return new TaggingCorpus(path, documents);
    }

    /// <summary>The samples are a few thousand tokens; repeating them keeps per-call overhead from dominating.</summary>
    private static TaggingCorpus FromSamples()
    {
        var articles = SampleArticles.Texts()
            .Select(AnalyzedText.Analyze)
            .Select(text => (IReadOnlyList<IReadOnlyList<string>>)text.Sentences
                .Select(s => (IReadOnlyList<string>)Enumerable.Range(s.FirstToken, s.TokenCount).Select(text.TokenText).ToArray())
                .ToArray())
            .ToArray();
        var perPass = articles.Sum(d => d.Sum(s => s.Count));
        var passes = (MinimumSampleTokens + perPass - 1) / perPass;
        var documents = Enumerable.Repeat(articles, passes).SelectMany(a => a).ToArray();
        return new TaggingCorpus($"{RepositoryLayout.Samples} x{passes}", documents);
    }
}
