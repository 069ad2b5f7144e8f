using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using KnowledgeGraph.Extraction.Events;

namespace KnowledgeGraph.Extraction.Tests.Events;

public partial class EventTypesTests
{
    [Fact]
    public void Storage_strings_are_distinct_lower_snake_case()
    {
        Assert.Equal(EventTypes.All.Count, EventTypes.All.Distinct(StringComparer.Ordinal).Count());
        Assert.All(EventTypes.All, type => Assert.Matches(LowerSnakeCase(), type));
        Assert.All(EventRoleNames.All, role => Assert.Matches(LowerSnakeCase(), role));
    }

    [Fact]
    public void Meeting_and_talks_are_one_family_and_visit_is_another()
    {
        Assert.True(EventTypes.AreSameFamily(EventTypes.Meeting, EventTypes.Talks));
        Assert.True(EventTypes.AreSameFamily(EventTypes.Talks, EventTypes.Talks));
        Assert.False(EventTypes.AreSameFamily(EventTypes.Meeting, EventTypes.Visit));
        Assert.False(EventTypes.AreSameFamily(EventTypes.Attack, EventTypes.Protest));
    }

    [Fact]
    public void Labels_start_with_a_capital_and_read_as_words()
    {
        Assert.Equal("Meeting", EventTypes.Label(EventTypes.Meeting));
        Assert.Equal("Pledge of cooperation", EventTypes.Label(EventTypes.IntentToCooperate));
        Assert.All(EventTypes.All, type => Assert.DoesNotContain("_", EventTypes.Label(type), StringComparison.Ordinal));
    }

    [Fact]
    public void The_readme_table_documents_every_type_and_no_other()
    {
        // The README's Events paragraph, up to the Time paragraph that follows it.
        var readme = File.ReadAllText(Path.Combine(SourceFolder(), "..", "..", "..", "README.md"));
        var start = readme.IndexOf("**Events.**", StringComparison.Ordinal);
        var table = readme[start..readme.IndexOf("**Time**", start, StringComparison.Ordinal)];

        var documented = DocumentedType().Matches(table).Select(m => m.Groups["type"].Value).ToList();

        Assert.Equal(EventTypes.All, documented);
    }

    private static string SourceFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;

    [GeneratedRegex("^[a-z]+(_[a-z]+)*$")]
    private static partial Regex LowerSnakeCase();

    [GeneratedRegex(@"^\| `(?<type>[a-z_]+)` \|", RegexOptions.Multiline)]
    private static partial Regex DocumentedType();
}
