namespace KnowledgeGraph.Extraction.Ingest;

/// <summary>One piece of an HTML document as <see cref="HtmlTokenizer"/> sees it. Comments and doctypes are not tokens.</summary>
public abstract record HtmlToken;

/// <summary>An opening tag. Names are lower case; attribute names too, and the first of a repeated attribute wins.</summary>
public sealed record HtmlStartTag(string Name, IReadOnlyDictionary<string, string> Attributes, bool SelfClosing) : HtmlToken;

public sealed record HtmlEndTag(string Name) : HtmlToken;

/// <summary>Character data exactly as written, entities not yet decoded. Both a token and a leaf of the tree.</summary>
public sealed record HtmlText(string Raw) : HtmlToken, IHtmlNode;
