using System.Globalization;
using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Facts;
using KnowledgeGraph.Storage;
using Spectre.Console;

namespace KnowledgeGraph.Cli.Terminal;

/// <summary>
/// Prints <c>kg entities</c> and <c>kg show</c>: a table and colours on a terminal; plain, aligned, unwrapped text when
/// the output goes to a file or a pipe (the console <see cref="ConsoleSetup"/> makes is then not interactive), so
/// that scripts can cut columns and grep whole sentences.
/// </summary>
internal static class EntityPrinter
{
    public static void PrintEntities(IReadOnlyList<EntitySummary> entities)
    {
        string[] headers = ["name", "kind", "mentions", "documents", "top aliases"];
        var rows = entities
            .Select(e => new[] { e.Name, e.Kind.ToName(), Count(e.MentionCount), Count(e.DocumentCount), Aliases(e.TopAliases) })
            .ToList();
        TextTable.Write(headers, rows, column => column is 2 or 3);
    }

    public static void PrintEntity(EntityDetails entity)
    {
        Line($"[bold]{Markup.Escape(entity.Name)}[/] ({entity.Kind.ToName()}, id {entity.Id})");
        Line($"{Count(entity.MentionCount)} mention(s) in {Count(entity.Documents.Count)} document(s)");

        Line(string.Empty);
        Line($"[bold]aliases[/] ({entity.Aliases.Count})");
        foreach (var alias in entity.Aliases)
        {
            Line($"  {Markup.Escape(Alias(alias))}");
        }

        Line(string.Empty);
        Line($"[bold]documents[/] ({entity.Documents.Count})");
        foreach (var document in entity.Documents)
        {
            Line($"  {Markup.Escape(document.Title)} [dim]({Markup.Escape(document.Path)})[/]");
        }

        Line(string.Empty);
        Line(entity.Relations.Count < entity.RelationCount
            ? $"[bold]relations[/] (strongest {entity.Relations.Count} of {Count(entity.RelationCount)})"
            : $"[bold]relations[/] ({entity.Relations.Count})");
        foreach (var relation in entity.Relations)
        {
            var kind = relation.Label is null ? relation.Kind : $"{relation.Kind} ({relation.Label})";
            var arrow = relation.IsOutgoing ? "->" : "<-";
            Line($"  {arrow} {Markup.Escape(kind)} [bold]{Markup.Escape(relation.OtherName)}[/] ({relation.OtherKind.ToName()}, id {relation.OtherId}): "
                + $"weight {relation.Weight.ToString("0.##", CultureInfo.InvariantCulture)}, {Count(relation.DocumentCount)} document(s)");
            foreach (var sentence in relation.Evidence)
            {
                Line($"      [italic]\"{Markup.Escape(sentence)}\"[/]");
            }
        }
    }

    private static void Line(string markup)
    {
        if (TextTable.IsPlain)
        {
            TextTable.PlainLine(Markup.Remove(markup));
        }
        else
        {
            AnsiConsole.MarkupLine(markup);
        }
    }

    private static string Aliases(IReadOnlyList<AliasCount> aliases) => string.Join(", ", aliases.Select(Alias));

    private static string Alias(AliasCount alias) => $"{alias.Alias} ×{alias.Count}";

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
