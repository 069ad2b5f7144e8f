namespace KnowledgeGraph.Extraction.Cleaning.Boilerplate;

/// <summary>
/// One general kind of non-article line (a newsletter pitch, a copyright notice, a share bar...). Rules see one
/// line at a time, already trimmed, and must leave real sentences alone even when they share a word with the
/// boilerplate.
/// </summary>
public interface IBoilerplateRule
{
    /// <summary>A short human name, used in diagnostics and test names.</summary>
    string Name { get; }

    bool IsBoilerplate(string line);
}
