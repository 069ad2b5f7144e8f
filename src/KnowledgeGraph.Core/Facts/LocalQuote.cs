namespace KnowledgeGraph.Core.Facts;

/// <summary>
/// A direct quotation in one document: the speaker says it (the <c>said</c> fact of the data model).
/// </summary>
/// <param name="SpeakerId">Local id of the entity the text attributes it to; null when it names nobody it can be tied to.</param>
/// <param name="Span">Half-open offsets of the quoted words in the cleaned text, without the quotation marks.</param>
/// <param name="Text">Exactly <c>Span.Slice(document.Text)</c>.</param>
public sealed record LocalQuote(int? SpeakerId, TextSpan Span, string Text);
