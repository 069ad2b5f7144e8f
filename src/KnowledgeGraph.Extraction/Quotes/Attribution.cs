namespace KnowledgeGraph.Extraction.Quotes;

/// <summary>A quote's own attribution: who the verb of saying names, and how close the verb stands to the quote.</summary>
/// <param name="SpeakerId">The speaker's entity; null when the subject names nobody (a spokesman, a place, an unclear pronoun).</param>
/// <param name="Verb">Token index of the verb of saying (or of "according").</param>
/// <param name="Tight">
/// The verb touches the quote ("Rubio said: “…”", "“…,” Rubio said"), rather than standing a clause away. Only a tight
/// attribution makes a quote of a few words a quotation rather than a scare quote.
/// </param>
internal readonly record struct Attribution(int? SpeakerId, int Verb, bool Tight);
