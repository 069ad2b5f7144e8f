using KnowledgeGraph.Core;

namespace KnowledgeGraph.Extraction.Quotes;

/// <summary>A social-media post kept in an article: its words and the signature line that names its author.</summary>
/// <param name="Words">The post's text, from its first word to its last, without a trailing media link.</param>
/// <param name="Signature">The signature line ("— Jane Ortiz (@JaneOrtiz) March 4, 2026"), whose names are the author's.</param>
internal readonly record struct EmbeddedPost(TextSpan Words, TextSpan Signature);
