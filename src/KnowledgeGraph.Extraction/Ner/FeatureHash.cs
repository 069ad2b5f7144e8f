namespace KnowledgeGraph.Extraction.Ner;

/// <summary>
/// Stable 64-bit hashes for feature values, computed over characters without building strings. Stable across
/// processes (unlike <see cref="string.GetHashCode()"/>) because the saved model is keyed by them; 64 bits because a
/// collision silently merges two features and at a million features 32 bits would collide hundreds of times.
/// </summary>
public static class FeatureHash
{
    private const ulong FnvOffset = 14695981039346656037;
    private const ulong FnvPrime = 1099511628211;

    public static ulong Of(ReadOnlySpan<char> value)
    {
        var hash = FnvOffset;
        foreach (var c in value)
        {
            hash = (hash ^ c) * FnvPrime;
        }

        return Finish(hash);
    }

    /// <summary>The hash of the lower-cased value with every digit read as 0, so "1996" and "2025" share features.</summary>
    public static ulong OfNormalized(ReadOnlySpan<char> value)
    {
        var hash = FnvOffset;
        foreach (var c in value)
        {
            var folded = char.IsAsciiDigit(c) ? '0' : char.ToLowerInvariant(c);
            hash = (hash ^ folded) * FnvPrime;
        }

        return Finish(hash);
    }

    public static ulong Combine(ulong first, ulong second) => Finish(first ^ (second + 0x9E3779B97F4A7C15UL + (first << 6) + (first >> 2)));

    public static ulong Combine(ulong first, ulong second, ulong third) => Combine(Combine(first, second), third);

    /// <summary>The splitmix64 finaliser: FNV alone leaves the low bits poorly mixed for short strings.</summary>
    private static ulong Finish(ulong value)
    {
        value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9UL;
        value = (value ^ (value >> 27)) * 0x94D049BB133111EBUL;
        return value ^ (value >> 31);
    }
}
