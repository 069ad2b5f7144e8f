namespace KnowledgeGraph.Extraction.Ner.Conll;

/// <summary>
/// One line of a CoNLL file: the text as read (without its line terminator) and its columns.
/// Columns are split on runs of spaces and tabs, so tab-separated files, doubled separators and trailing
/// spaces all read the same as the canonical single-space form.
/// </summary>
public sealed record ConllLine(string Raw, string[] Columns)
{
    /// <summary>The first column of the line that separates documents in CoNLL-2003.</summary>
    public const string DocumentStartMarker = "-DOCSTART-";

    private static readonly char[] Separators = [' ', '\t'];

    public bool IsDocumentStart => Columns.Length > 0 && Columns[0] == DocumentStartMarker;

    /// <summary>True for an empty line or one holding only separators: both end a sentence.</summary>
    public bool IsBlank => Columns.Length == 0;

    /// <summary>
    /// The separator to use when a column is added to this line: a tab if the line already uses tabs,
    /// so a tab-separated file stays tab-separated, else the single space of the canonical format.
    /// </summary>
    internal char ColumnSeparator => Raw.Contains('\t') ? '\t' : ' ';

    public static ConllLine Parse(string raw) =>
        new(raw, raw.Split(Separators, StringSplitOptions.RemoveEmptyEntries));
}
