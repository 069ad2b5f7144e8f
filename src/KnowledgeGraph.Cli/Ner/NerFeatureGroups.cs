using KnowledgeGraph.Extraction.Ner;

namespace KnowledgeGraph.Cli.Ner;

/// <summary>
/// The names <c>kg train ner --with/--without</c> gives the optional feature groups of <see cref="NerFeatureOptions"/>,
/// so one group at a time can be switched off (or second-pass on) to measure what it is worth.
/// </summary>
internal static class NerFeatureGroups
{
    public const string Affixes = "affixes";
    public const string Context = "context";
    public const string Gazetteers = "gazetteers";
    public const string Clusters = "clusters";
    public const string History = "history";
    public const string DocumentCase = "document-case";
    public const string SecondPass = "second-pass";
    public const string NameRuns = "name-runs";

    /// <summary>Every group name, in the order of the feature flags.</summary>
    public static IReadOnlyList<string> Names { get; } = [Affixes, Context, Gazetteers, Clusters, History, DocumentCase, SecondPass, NameRuns];

    /// <summary>The options with the named groups switched on, then those in <paramref name="without"/> switched off.</summary>
    /// <exception cref="ArgumentException">A name is not one of <see cref="Names"/>.</exception>
    public static NerFeatureOptions Apply(NerFeatureOptions options, IEnumerable<string> with, IEnumerable<string> without)
    {
        options = with.Aggregate(options, (current, group) => Set(current, group, true));
        return without.Aggregate(options, (current, group) => Set(current, group, false));
    }

    public static bool IsOn(NerFeatureOptions options, string group) => group switch
    {
        Affixes => options.Affixes,
        Context => options.WideContext,
        Gazetteers => options.Gazetteers,
        Clusters => options.Clusters,
        History => options.History,
        DocumentCase => options.DocumentCase,
        SecondPass => options.SecondPass,
        NameRuns => options.NameRuns,
        _ => throw new ArgumentException($"Unknown feature group '{group}'. Choose from: {string.Join(", ", Names)}.", nameof(group)),
    };

    /// <summary>"affixes, context, … (off: second-pass)": the groups a model uses, for logs of ablation runs.</summary>
    public static string Describe(NerFeatureOptions options)
    {
        var on = Names.Where(group => IsOn(options, group)).ToList();
        var off = Names.Where(group => !IsOn(options, group)).ToList();
        return (on.Count > 0 ? string.Join(", ", on) : "none") + (off.Count > 0 ? $" (off: {string.Join(", ", off)})" : string.Empty);
    }

    private static NerFeatureOptions Set(NerFeatureOptions options, string group, bool on) => group switch
    {
        Affixes => options with { Affixes = on },
        Context => options with { WideContext = on },
        Gazetteers => options with { Gazetteers = on },
        Clusters => options with { Clusters = on },
        History => options with { History = on },
        DocumentCase => options with { DocumentCase = on },
        SecondPass => options with { SecondPass = on },
        NameRuns => options with { NameRuns = on },
        _ => throw new ArgumentException($"Unknown feature group '{group}'. Choose from: {string.Join(", ", Names)}.", nameof(group)),
    };
}
