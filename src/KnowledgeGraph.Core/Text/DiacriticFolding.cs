using System.Collections.Frozen;
using System.Text;

namespace KnowledgeGraph.Core.Text;

/// <summary>
/// Replaces accented Latin letters by their base letters ("Ramón" → "Ramon", "Søren" → "Soren", "Straße" → "Strasse").
/// Written out as a table rather than done with Unicode normalisation because the program runs with invariant
/// globalization, where <see cref="string.Normalize()"/> changes nothing, and so that the result never depends on the
/// machine's ICU version. The table covers Latin-1 Supplement, Latin Extended-A and most of Latin Extended-B; it was
/// derived from Unicode's canonical decompositions, with ligatures and letters that have none (ø, ł, đ, þ) added by hand.
/// </summary>
public static class DiacriticFolding
{
    private const string Accented = "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝàáâãäåçèéêëìíîïðñòóôõöøùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĐđĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĦħĨĩĪīĬĭĮįİıĴĵĶķĸĹĺĻļĽľĿŀŁłŃńŅņŇňŊŋŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŦŧŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžſƠơƯưǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜǞǟǠǡǦǧǨǩǪǫǬǭǰǴǵǸǹǺǻȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎȏȐȑȒȓȔȕȖȗȘșȚțȞȟȦȧȨȩȪȫȬȭȮȯȰȱȲȳ";
    private const string Plain = "AAAAAACEEEEIIIIDNOOOOOOUUUUYaaaaaaceeeeiiiidnoooooouuuuyyAaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiJjKkkLlLlLlLlLlNnNnNnNnOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzsOoUuAaIiOoUuUuUuUuUuAaAaGgKkOoOojGgNnAaAaAaEeEeIiIiOoOoRrRrUuUuSsTtHhAaEeOoOoOoOoYy";

    private static readonly FrozenDictionary<char, string> Replacements = BuildReplacements();

    public static string Fold(string text)
    {
        if (text.All(char.IsAscii))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(Replacements.TryGetValue(c, out var plain) ? plain : c);
        }

        return builder.ToString();
    }

    private static FrozenDictionary<char, string> BuildReplacements()
    {
        var replacements = new Dictionary<char, string>
        {
            ['Æ'] = "AE",
            ['Þ'] = "Th",
            ['ß'] = "ss",
            ['æ'] = "ae",
            ['þ'] = "th",
            ['Œ'] = "OE",
            ['œ'] = "oe",
        };
        for (var i = 0; i < Accented.Length; i++)
        {
            replacements[Accented[i]] = Plain[i].ToString();
        }

        return replacements.ToFrozenDictionary();
    }
}
