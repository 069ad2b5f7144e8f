using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Facts;
using KnowledgeGraph.Core.Resolution;

namespace KnowledgeGraph.Storage.Tests;

/// <summary>
/// Invented reports of two events in an invented port, resolved by hand. <see cref="Cast"/> introduces the people and
/// the place; every <see cref="Article"/> after it meets them again and reports one or both events, the first report
/// of an event introducing it. Entity ids: 1 Ilse Varga, 2 Tomas Brandt, 3 Port Elling, 4 Marta Holm, 10 the signing
/// of the harbour deal (an agreement), 11 the dock strike (a protest).
/// </summary>
internal static class EventNews
{
    public const long Varga = 1;
    public const long Brandt = 2;
    public const long PortElling = 3;
    public const long Holm = 4;
    public const long Signing = 10;
    public const long Strike = 11;

    private const string SigningSentence = "Ilse Varga and Tomas Brandt signed the harbour deal in Port Elling.";
    private const string StrikeSentence = "Marta Holm led a strike of dock workers at the Port Elling quays.";

    /// <summary>Introduces Varga, Brandt, Holm and Port Elling; reports no event and has no date.</summary>
    public static ResolvedDocument Cast() => new DocumentBuilder(
            "news/cast.txt", "Ilse Varga, Tomas Brandt and Marta Holm grew up in Port Elling.")
        .Entity(Varga, isNew: true, EntityKind.Person, "Ilse Varga")
        .Entity(Brandt, isNew: true, EntityKind.Person, "Tomas Brandt")
        .Entity(PortElling, isNew: true, EntityKind.Place, "Port Elling")
        .Entity(Holm, isNew: true, EntityKind.Person, "Marta Holm")
        .Mention(Varga, "Ilse Varga")
        .Mention(Brandt, "Tomas Brandt")
        .Mention(Holm, "Marta Holm")
        .Mention(PortElling, "Port Elling")
        .Build();

    /// <summary>
    /// An article by <paramref name="outlet"/> (which also makes its text, and so its content hash, its own), filed from
    /// Port Elling, that reports the given events, dated by <paramref name="referenceDate"/> or, when null, undated.
    /// </summary>
    public static ResolvedDocument Article(string outlet, DateOnly? referenceDate, params Report[] reports) =>
        Builder(outlet, referenceDate, reports).Build();

    /// <summary>As <see cref="Article"/>, for tests that add more to the document.</summary>
    public static DocumentBuilder Builder(string outlet, DateOnly? referenceDate, params Report[] reports)
    {
        var sentences = reports.Select(r => r.EventId == Signing ? SigningSentence : StrikeSentence);
        var text = $"{outlet} filed this story from Port Elling. " + string.Join(" ", sentences);
        var builder = new DocumentBuilder(PathOf(outlet), text, published: referenceDate, title: outlet)
            .ReferenceDate(referenceDate);
        var reportsSigning = reports.Any(r => r.EventId == Signing);
        var reportsStrike = reports.Any(r => r.EventId == Strike);
        if (reportsSigning)
        {
            builder.Entity(Varga, isNew: false, EntityKind.Person, "Ilse Varga")
                .Entity(Brandt, isNew: false, EntityKind.Person, "Tomas Brandt")
                .Mention(Varga, "Ilse Varga")
                .Mention(Brandt, "Tomas Brandt");
        }

        builder.Entity(PortElling, isNew: false, EntityKind.Place, "Port Elling").Mention(PortElling, "Port Elling");
        if (reportsStrike)
        {
            builder.Entity(Holm, isNew: false, EntityKind.Person, "Marta Holm").Mention(Holm, "Marta Holm");
        }

        foreach (var report in reports)
        {
            if (report.EventId == Signing)
            {
                builder.Entity(Signing, report.IsNew, EntityKind.Event, "Signing of the harbour deal")
                    .Mention(Signing, "signed")
                    .Event(Signing, "agreement", [(Varga, "participant"), (Brandt, "participant")], report.Date, PortElling, report.Floating);
            }
            else
            {
                builder.Entity(Strike, report.IsNew, EntityKind.Event, "Strike at the Port Elling quays")
                    .Mention(Strike, "strike")
                    .Event(Strike, "protest", [(Holm, "agent")], report.Date, PortElling, report.Floating);
            }
        }

        return builder;
    }

    /// <summary>Where <see cref="Article"/> files the article of <paramref name="outlet"/>.</summary>
    public static string PathOf(string outlet) => "news/" + outlet.Replace(' ', '-').ToLowerInvariant() + ".txt";

    /// <summary>One event an article reports: the signing or the strike, its first report or a later one, and how it is dated.</summary>
    public sealed record Report(long EventId, bool IsNew, FactDate? Date = null, FloatingDate? Floating = null);
}
