using System.Reflection;
using System.Text;
using KnowledgeGraph.Extraction.Ner.Clusters;

namespace KnowledgeGraph.Extraction.Ner;

/// <summary>
/// The read-only data the features look things up in: phrase gazetteers and word clusters. A model is only valid
/// with the lexicons it was trained with, so they carry a <see cref="Fingerprint"/> the model file records.
/// </summary>
public sealed class NerLexicons
{
    private const string LexiconPrefix = "KnowledgeGraph.Extraction.Ner.Lexicons.";
    private const string ClusterResource = "KnowledgeGraph.Extraction.Ner.Clusters.brown-clusters.tsv";

    private static readonly Lazy<NerLexicons> Embedded = new(LoadShipped);

    public NerLexicons(PhraseLexicon phrases, ClusterPrefixes clusters, ulong fingerprint)
    {
        Phrases = phrases;
        Clusters = clusters;
        Fingerprint = fingerprint;
    }

    /// <summary>The lexicons shipped inside this assembly.</summary>
    public static NerLexicons Default => Embedded.Value;

    public PhraseLexicon Phrases { get; }

    public ClusterPrefixes Clusters { get; }

    /// <summary>A hash of every lexicon's bytes, so a model trained on other lexicons is refused rather than misread.</summary>
    public ulong Fingerprint { get; }

    /// <summary>Builds lexicons from text already read: (list name, file text) pairs and the cluster file's text.</summary>
    /// <exception cref="FormatException">The cluster text is not in <see cref="WordClusters"/>' format.</exception>
    public static NerLexicons FromText(IReadOnlyList<(string Name, string Text)> lists, string clusterText)
    {
        var fingerprint = FeatureHash.Of(clusterText);
        var phraseLists = new List<(string, IEnumerable<string>)>();
        foreach (var (name, text) in lists.OrderBy(l => l.Name, StringComparer.Ordinal))
        {
            fingerprint = FeatureHash.Combine(fingerprint, FeatureHash.Of(name), FeatureHash.Of(text));
            phraseLists.Add((name, DataLines(text).ToList()));
        }

        var clusters = WordClusters.Read(new StringReader(clusterText));
        var paths = clusters.Words.Select(word => (word.Word, word.Path));
        return new NerLexicons(new PhraseLexicon(phraseLists), new ClusterPrefixes(paths), fingerprint);
    }

    private static IEnumerable<string> DataLines(string text) =>
        text.Split('\n')
            .Select(line => line.TrimEnd('\r'))
            .Where(line => line.Length > 0 && !line.StartsWith('#'));

    /// <summary>Reads and builds the lexicons embedded in this assembly afresh; <see cref="Default"/> caches one copy.</summary>
    public static NerLexicons LoadShipped()
    {
        var assembly = typeof(NerLexicons).Assembly;
        var lists = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(LexiconPrefix, StringComparison.Ordinal) && name.EndsWith(".txt", StringComparison.Ordinal))
            .Select(name => (Name: name[LexiconPrefix.Length..^".txt".Length], Text: ReadResource(assembly, name)))
            .ToList();
        return FromText(lists, ReadResource(assembly, ClusterResource));
    }

    private static string ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The resource {name} is missing from {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
