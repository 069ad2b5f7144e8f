using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Extraction.Cleaning.Boilerplate;

/// <summary>"Leave a Comment", "Leave a Reply", "12 Comments": the comment section's furniture.</summary>
public sealed class CommentPromptRule : IBoilerplateRule
{
    private static readonly FrozenSet<string> Prompts = new[]
    {
        "leave a comment", "leave a reply", "post a comment", "add a comment", "write a comment", "join the conversation",
        "join the discussion", "comments", "show comments", "view comments", "cancel reply", "no comments",
        "be the first to comment", "comment", "reply",
    }.ToFrozenSet(StringComparer.Ordinal);

    // "Leave a Reply Cancel reply" and "Leave a comment below" are the same prompt with a tail.
    private static readonly Regex PromptWithTail = RulePatterns.Create(@"^(?:leave a (?:comment|reply)|\d+ comments?)\b.{0,40}$");

    public string Name => "comment prompt";

    public bool IsBoilerplate(string line) => Prompts.Contains(RulePatterns.HeaderKey(line)) || PromptWithTail.IsMatch(line);
}
