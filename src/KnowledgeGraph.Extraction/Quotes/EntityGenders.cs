using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Facts;

namespace KnowledgeGraph.Extraction.Quotes;

/// <summary>
/// The gender each person of one document is known by: from the first word of the names it is printed as
/// ("Claudia Sheinbaum"), and from an honorific or a gendered title right before a mention ("Mrs. Ortiz", "Congresswoman
/// Diaz"). Evidence for both genders, or none, leaves it <see cref="PersonGender.Unknown"/>.
/// </summary>
internal sealed class EntityGenders
{
    private readonly Dictionary<int, PersonGender> _genders = [];

    public EntityGenders(QuoteContext context, IReadOnlyList<LocalEntity> entities, GivenNameGenders names)
    {
        var evidence = new Dictionary<int, (bool Female, bool Male)>();
        void Note(int id, PersonGender gender)
        {
            var (female, male) = evidence.GetValueOrDefault(id);
            evidence[id] = (female || gender == PersonGender.Female, male || gender == PersonGender.Male);
        }

        foreach (var entity in entities)
        {
            if (entity.Kind != EntityKind.Person)
            {
                continue;
            }

            Note(entity.Id, FirstWordGender(entity.Name, names));
            foreach (var alias in entity.Aliases)
            {
                Note(entity.Id, FirstWordGender(alias.Alias, names));
            }
        }

        foreach (var mention in context.Mentions)
        {
            if (context.IsPerson(mention))
            {
                var first = context.TokenAtOrAfter(mention.Span.Start);
                if (first > 0)
                {
                    Note(mention.EntityId, names.Of(context.Word(first - 1)));
                }
            }
        }

        foreach (var (id, (female, male)) in evidence)
        {
            _genders[id] = female == male ? PersonGender.Unknown : female ? PersonGender.Female : PersonGender.Male;
        }
    }

    public PersonGender Of(int entityId) => _genders.GetValueOrDefault(entityId);

    /// <summary>The gender of a name's first word; a name of one word is a surname as often as a given name.</summary>
    private static PersonGender FirstWordGender(string name, GivenNameGenders names)
    {
        var span = name.AsSpan().Trim();
        var space = span.IndexOf(' ');
        return space > 0 ? names.Of(span[..space]) : PersonGender.Unknown;
    }
}
