namespace KnowledgeGraph.Extraction.Ingest;

/// <summary>A child in the tree <see cref="HtmlTreeBuilder"/> builds: an <see cref="HtmlElement"/> or an <see cref="HtmlText"/>.</summary>
public interface IHtmlNode;
