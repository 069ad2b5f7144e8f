namespace KnowledgeGraph.Extraction.Events;

/// <summary>
/// Whether two places named for one happening can both be right, by the gazetteer: Mexico City and Mexico can (the city
/// lies in the country), Mexico City and Quito cannot. Places the gazetteer does not know, and regions (whose extent it
/// does not record), never conflict.
/// </summary>
internal sealed class PlaceContainment(EventTokenView view)
{
    public bool Agree(int? first, int? second)
    {
        if (first is not { } a || second is not { } b || a == b)
        {
            return true;
        }

        var one = view.PlaceEntry(a);
        var other = view.PlaceEntry(b);
        if (one is null || other is null || one.PlaceType == "region" || other.PlaceType == "region")
        {
            return true;
        }

        if (one.CountryCode is not null && other.CountryCode is not null && one.CountryCode != other.CountryCode)
        {
            return false;
        }

        // Two cities of one country are two places; a city and its country, or a province, may both hold.
        return !(one.PlaceType == "city" && other.PlaceType == "city");
    }

    /// <summary>
    /// True when <paramref name="candidate"/> says more precisely where than <paramref name="current"/> does and lies
    /// within it (Mexico City within Mexico, Ecuador within Latin America).
    /// </summary>
    public bool Narrows(int current, int candidate) =>
        Agree(current, candidate) && Rank(current) >= 0 && Rank(candidate) > Rank(current);

    private int Rank(int place) => view.PlaceEntry(place)?.PlaceType switch
    {
        "region" => 0,
        "country" => 1,
        "subdivision" => 2,
        "city" => 3,
        _ => -1,
    };
}
