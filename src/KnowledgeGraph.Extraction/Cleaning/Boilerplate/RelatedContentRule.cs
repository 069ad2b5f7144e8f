using System.Text.RegularExpressions;

namespace KnowledgeGraph.Extraction.Cleaning.Boilerplate;

/// <summary>
/// Headers that introduce links to other stories: "RELATED NEWS : ...", "Related:", "READ MORE:", "Read also".
/// The header word must stand alone or be followed by a separator, so "Related charges were filed" stays.
/// </summary>
public sealed class RelatedContentRule : IBoilerplateRule
{
    private static readonly Regex Header = RulePatterns.Create(
        @"^(?:related(?:\s+(?:news|stories|story|articles?|coverage|content|reading|links|topics|videos?|posts?))?|read more|more reading|see also|more on this(?: story| topic)?|more from [\p{L}' ]{1,40}|recommended(?: stories| reading| articles| for you)?|further reading|editor['’]s picks?|latest news|top stories|most read|must read|watch|listen)\s*(?:[:|>»›]|[-–—]\s|$)");

    // "Read also" and "Also read" are never how an article sentence starts, so no separator is needed.
    private static readonly Regex ReadAlso = RulePatterns.Create(@"^(?:read also|also read)\b");

    public string Name => "related-content header";

    public bool IsBoilerplate(string line) => Header.IsMatch(line) || ReadAlso.IsMatch(line);
}
