namespace KnowledgeGraph.Extraction.Ingest;

/// <summary>An element of the parsed document. The tree is built once by <see cref="HtmlTreeBuilder"/> and then only read.</summary>
public sealed class HtmlElement(string name, IReadOnlyDictionary<string, string> attributes) : IHtmlNode
{
    private readonly List<IHtmlNode> children = [];

    public string Name { get; } = name;

    public IReadOnlyDictionary<string, string> Attributes { get; } = attributes;

    public IReadOnlyList<IHtmlNode> Children => children;

    public string? Attribute(string attributeName) => Attributes.GetValueOrDefault(attributeName);

    internal void Add(IHtmlNode child) => children.Add(child);

    /// <summary>
    /// This element and every element below it in document order. Iterative, because malformed pages can nest
    /// thousands of unclosed tags and recursion would overflow the stack.
    /// </summary>
    public IEnumerable<HtmlElement> DescendantsAndSelf()
    {
        var pending = new Stack<HtmlElement>();
        pending.Push(this);
        while (pending.Count > 0)
        {
            var element = pending.Pop();
            yield return element;
            for (var index = element.children.Count - 1; index >= 0; index--)
            {
                if (element.children[index] is HtmlElement child)
                {
                    pending.Push(child);
                }
            }
        }
    }
}
