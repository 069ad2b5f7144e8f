using System.Collections.Frozen;
using KnowledgeGraph.Extraction.Gazetteers;

namespace KnowledgeGraph.Extraction.Quotes;

/// <summary>
/// Given names and honorifics with the gender they tell ("Claudia" f, "Mr." m), read from the embedded
/// <c>given-name-genders.tsv</c>. Names used for both genders are not listed, so an unlisted name says nothing.
/// </summary>
public sealed class GivenNameGenders
{
    private const string ResourceName = "given-name-genders.tsv";

    private static readonly Lazy<GivenNameGenders> Embedded = new(LoadEmbedded);

    private readonly FrozenDictionary<string, PersonGender>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public GivenNameGenders(IEnumerable<(string Name, PersonGender Gender)> entries)
    {
        var genders = new Dictionary<string, PersonGender>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, gender) in entries)
        {
            // A name listed with both genders is one the list cannot decide.
            genders[name] = genders.TryGetValue(name, out var listed) && listed != gender ? PersonGender.Unknown : gender;
        }

        _lookup = genders.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The list shipped inside this assembly.</summary>
    public static GivenNameGenders Default => Embedded.Value;

    /// <summary>
    /// The gender <paramref name="word"/> tells, ignoring case; a hyphenated name ("Jean-Luc") that is not listed whole
    /// is judged by its first part.
    /// </summary>
    public PersonGender Of(ReadOnlySpan<char> word)
    {
        if (_lookup.TryGetValue(word, out var gender))
        {
            return gender;
        }

        var hyphen = word.IndexOf('-');
        return hyphen > 0 && _lookup.TryGetValue(word[..hyphen], out var firstPart) ? firstPart : PersonGender.Unknown;
    }

    private static GivenNameGenders LoadEmbedded()
    {
        var entries = new List<(string, PersonGender)>();
        foreach (var line in EmbeddedList.Lines(ResourceName))
        {
            var columns = line.Split('\t');
            if (columns.Length < 2)
            {
                throw new InvalidDataException($"{ResourceName}: '{line}' has no gender column.");
            }

            var gender = columns[1].Trim() switch
            {
                "f" => PersonGender.Female,
                "m" => PersonGender.Male,
                var other => throw new InvalidDataException($"{ResourceName}: '{other}' is not f or m."),
            };
            entries.Add((columns[0].Trim(), gender));
        }

        return new GivenNameGenders(entries);
    }
}
