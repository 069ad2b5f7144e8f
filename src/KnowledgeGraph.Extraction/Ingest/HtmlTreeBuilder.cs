using System.Collections.Frozen;

namespace KnowledgeGraph.Extraction.Ingest;

/// <summary>
/// Builds an element tree from tokens the way a forgiving browser would, in miniature: an end tag closes the
/// nearest open element of that name and everything opened inside it; an end tag with no open match is ignored;
/// a new paragraph or list item closes the previous one.
/// </summary>
public static class HtmlTreeBuilder
{
    private static readonly FrozenSet<string> VoidElements = new[]
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    }.ToFrozenSet(StringComparer.Ordinal);

    // Elements whose start tag implicitly ends an open sibling of the same name.
    private static readonly FrozenSet<string> SelfEndingSiblings = new[]
    {
        "p", "li", "dt", "dd", "tr", "td", "th", "option",
    }.ToFrozenSet(StringComparer.Ordinal);

    public const string DocumentName = "#document";

    public static HtmlElement Build(IEnumerable<HtmlToken> tokens)
    {
        var document = new HtmlElement(DocumentName, new Dictionary<string, string>());
        var open = new Stack<HtmlElement>();
        open.Push(document);
        // How many elements of each name are open, so a stray end tag is recognised without searching the stack.
        var openCounts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var token in tokens)
        {
            switch (token)
            {
                case HtmlText text:
                    open.Peek().Add(text);
                    break;
                case HtmlStartTag start:
                    if (SelfEndingSiblings.Contains(start.Name) && open.Peek().Name == start.Name)
                    {
                        Pop(open, openCounts);
                    }

                    var element = new HtmlElement(start.Name, start.Attributes);
                    open.Peek().Add(element);
                    if (!start.SelfClosing && !VoidElements.Contains(start.Name))
                    {
                        open.Push(element);
                        openCounts[start.Name] = openCounts.GetValueOrDefault(start.Name) + 1;
                    }

                    break;
                case HtmlEndTag end when openCounts.GetValueOrDefault(end.Name) > 0:
                    HtmlElement closed;
                    do
                    {
                        closed = Pop(open, openCounts);
                    }
                    while (closed.Name != end.Name);

                    break;
            }
        }

        return document;
    }

    private static HtmlElement Pop(Stack<HtmlElement> open, Dictionary<string, int> openCounts)
    {
        var element = open.Pop();
        openCounts[element.Name]--;
        return element;
    }

    public static HtmlElement Parse(string html) => Build(HtmlTokenizer.Tokenize(html));
}
