namespace KnowledgeGraph.Extraction.Time;

/// <summary>
/// How sure a word before a bare month makes us that the month is a date. "in February" is sure; "by May" may be
/// "written by May", so a month that is also a surname needs a strong word.
/// </summary>
internal enum MonthContextStrength
{
    None,
    Weak,
    Strong,
}
