using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Graph;
using KnowledgeGraph.Core.Graph.Views;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>
/// The options that cut a big graph down to a view (<c>--kinds</c>, <c>--no-co-mention</c>, <c>--min-weight</c>,
/// <c>--since</c>, <c>--until</c>, <c>--drop-isolated</c>, <c>--focus</c>, <c>--hops</c>, <c>--top</c>, <c>--rank</c>,
/// <c>--collapse</c>, listed in the order they apply), described once so that every command that writes a graph can
/// offer them with the same help. Mistakes are usage errors that say what to write instead; <see cref="GraphView"/>
/// documents what each option does and why they apply in that order.
/// </summary>
internal sealed class GraphViewOptions
{

    private static readonly string KindNames = string.Join(", ", Enum.GetValues<EntityKind>().Select(kind => kind.ToName()));

    private static readonly IReadOnlyDictionary<string, NodeRanking> Rankings = new Dictionary<string, NodeRanking>(StringComparer.OrdinalIgnoreCase)
    {
        ["degree"] = NodeRanking.Degree,
        ["pagerank"] = NodeRanking.PageRank,
    };

    private readonly Option<string?> _kinds = new("--kinds")
    {
        Description = $"Keep only entities of these kinds, separated by commas ({KindNames}), and the edges among them.",
        HelpName = "KIND,...",
        Validators = { result => ParseKinds(result.GetValueOrDefault<string?>(), result) },
    };

    private readonly Option<bool> _noCoMention = new("--no-co-mention")
    {
        Description = "Drop the co_mention edges (two entities named in one sentence) and keep the typed relations.",
    };

    private readonly Option<double?> _minWeight = NumberOption<double>(
        "--min-weight",
        "W",
        "Drop the edges whose weight (for co-mention: the number of sentences naming both) is below W.",
        TryParseDouble,
        weight => weight >= 0,
        "a number of 0 or more, like 2 or 1.5");

    private readonly Option<DateOnly?> _since = DateOption("--since", "on or after");

    private readonly Option<DateOnly?> _until = DateOption("--until", "on or before");

    private readonly Option<bool> _dropIsolated = new("--drop-isolated")
    {
        Description = "Drop the entities left without any edge by --kinds, --no-co-mention, --min-weight, --since and --until "
            + "(by themselves those keep them).",
    };

    private readonly Option<string?> _focus = new("--focus")
    {
        Description = "Keep only this entity and those within --hops edges of it (edges followed in either direction), "
            + "with the edges among them. NAME is the canonical name or an alias, matched exactly, else ignoring case and "
            + "accents; '#ID' names an entity by its id, for a name several entities share.",
        HelpName = "NAME",
    };

    private readonly Option<int?> _hops = NumberOption<int>(
        "--hops",
        "N",
        "With --focus: how many edges away from it an entity may be. 0 keeps the focus alone. Default: 1.",
        TryParseInt,
        hops => hops >= 0,
        "a whole number of 0 or more (0 keeps only the --focus entity)");

    private readonly Option<int?> _top = NumberOption<int>(
        "--top",
        "N",
        "Keep only the N highest-ranked entities (see --rank; ties go to the smaller id) and the edges among them. "
            + "With --focus, ranked within the neighbourhood, and the focus is always kept.",
        TryParseInt,
        top => top >= 1,
        "a whole number of 1 or more");

    private readonly Option<string?> _rank = new("--rank")
    {
        Description = "How --top ranks entities: degree (how many edges touch it; the default) or pagerank (PageRank with "
            + "damping 0.85, edges taken both ways and weighted by their weight).",
        HelpName = "degree|pagerank",
    };

    private readonly Option<bool> _collapse = new("--collapse")
    {
        Description = "Merge the edges between the same two entities, whatever their direction, into one: weights added, "
            + "the largest document count, kind 'mixed' when the kinds differ, labels joined with '; '.",
    };

    public GraphViewOptions() => _rank.AcceptOnlyFromAmong([.. Rankings.Keys]);

    /// <summary>Adds the options to <paramref name="command"/>, with the checks that need several of them.</summary>
    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { _kinds, _noCoMention, _minWeight, _since, _until, _dropIsolated, _focus, _hops, _top, _rank, _collapse })
        {
            command.Options.Add(option);
        }

        command.Validators.Add(result =>
        {
            if (IsGiven(result, _hops) && !IsGiven(result, _focus))
            {
                result.AddError("--hops counts edges away from the --focus entity: add --focus NAME, or leave --hops out.");
            }

            if (IsGiven(result, _rank) && !IsGiven(result, _top))
            {
                result.AddError("--rank orders the entities --top keeps: add --top N, or leave --rank out.");
            }

            if (GivenDate(result, _since) is { } since && GivenDate(result, _until) is { } until && since > until)
            {
                result.AddError($"--since {IsoDate.Format(since)} is after --until {IsoDate.Format(until)}, so nothing could be kept: swap the dates.");
            }
        });
    }

    /// <summary>The view the command line asks for; <see cref="GraphView.IsWholeGraph"/> when it asks for none.</summary>
    public GraphView Read(ParseResult parse) => new()
    {
        Kinds = ParseKinds(parse.GetValue(_kinds), problems: null),
        WithoutCoMention = parse.GetValue(_noCoMention),
        MinimumWeight = parse.GetValue(_minWeight),
        Since = parse.GetValue(_since),
        Until = parse.GetValue(_until),
        WithoutIsolatedNodes = parse.GetValue(_dropIsolated),
        FocusName = parse.GetValue(_focus),
        Hops = parse.GetValue(_hops) ?? 1,
        Top = parse.GetValue(_top),
        Ranking = parse.GetValue(_rank) is { } rank ? Rankings[rank] : NodeRanking.Degree,
        CollapseParallelEdges = parse.GetValue(_collapse),
    };

    /// <summary>
    /// The view of <paramref name="graph"/> the command line asks for, with a line on standard error saying how much
    /// of the graph it kept when it asks for one (standard output may be the graph itself).
    /// </summary>
    public EntityGraph Apply(ParseResult parse, EntityGraph graph)
    {
        var view = Read(parse);
        if (view.IsWholeGraph)
        {
            return graph;
        }

        var kept = view.Apply(graph);
        Console.Error.WriteLine($"The view kept {kept.VertexCount} of {graph.VertexCount} nodes and {kept.EdgeCount} of {graph.EdgeCount} edges.");
        return kept;
    }

    private static bool IsGiven(CommandResult result, Option option) => result.GetResult(option) is { Implicit: false };

    /// <summary>
    /// The date given to a date option, or null when none was given or it is not a date: a check across options must
    /// not trip over a value that its own parser already reported (asking for the value of such an option throws).
    /// </summary>
    private static DateOnly? GivenDate(CommandResult result, Option<DateOnly?> option) =>
        result.GetResult(option) is { Implicit: false, Tokens: [var token] } ? IsoDate.Parse(token.Value) : null;

    private delegate bool TryParse<T>(string text, out T value);

    /// <summary>An option taking a number that <paramref name="isValid"/> accepts; anything else is an error naming <paramref name="expected"/>.</summary>
    private static Option<T?> NumberOption<T>(string name, string helpName, string description, TryParse<T> tryParse, Func<T, bool> isValid, string expected)
        where T : struct => new(name)
        {
            Description = description,
            HelpName = helpName,
            CustomParser = result =>
            {
                var text = result.Tokens[0].Value;
                if (tryParse(text, out var value) && isValid(value))
                {
                    return value;
                }

                result.AddError($"{name} must be {expected}, not '{text}'.");
                return null;
            },
        };

    private static bool TryParseInt(string text, out int value) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    private static bool TryParseDouble(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    /// <summary>The kinds named in <paramref name="text"/>, or null when it is null or names a wrong one, reported to <paramref name="problems"/>.</summary>
    private static EntityKind[]? ParseKinds(string? text, SymbolResult? problems)
    {
        if (text is null)
        {
            return null;
        }

        var names = text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var unknown = names.Where(name => !EntityKindNames.TryParse(name, out _)).ToList();
        if (names.Length == 0 || unknown.Count > 0)
        {
            var what = unknown.Count == 0 ? "names no entity kind" : $"has {string.Join(", ", unknown.Select(name => $"'{name}'"))}, which {(unknown.Count == 1 ? "is not an entity kind" : "are not entity kinds")}";
            problems?.AddError($"--kinds '{text}' {what}. Use one or more of {KindNames}, separated by commas, as in --kinds person,organization.");
            return null;
        }

        return names.Select(EntityKindNames.Parse).Distinct().ToArray();
    }

    /// <summary>One end of the time window: <paramref name="side"/> says which days of the date it keeps.</summary>
    private static Option<DateOnly?> DateOption(string name, string side) => new(name)
    {
        Description = $"Keep only entities and edges seen in articles published {side} this day (YYYY-MM-DD). "
            + "What only undated articles support goes.",
        HelpName = "DATE",
        CustomParser = result =>
        {
            var text = result.Tokens[0].Value;
            if (IsoDate.Parse(text) is { } date)
            {
                return date;
            }

            result.AddError($"{name} '{text}' is not a date: write it as YYYY-MM-DD, as in {name} 2025-03-04.");
            return null;
        },
    };
}
