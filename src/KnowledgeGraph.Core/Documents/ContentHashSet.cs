using System.Buffers;
using System.Buffers.Binary;

namespace KnowledgeGraph.Core.Documents;

/// <summary>
/// The content hashes of the stored documents, which ingest consults for every article it reads. Each hash
/// (<see cref="ContentHash.Of"/>: 64 hexadecimal digits) is kept as its 32 bytes rather than as a string, about 45
/// bytes a document instead of 170, because the set grows with the file: a million articles fit in under 50 MB.
/// Membership is exact; a hash in any other form is kept as it is.
/// </summary>
public sealed class ContentHashSet
{
    private static readonly SearchValues<char> LowerHexDigits = SearchValues.Create("0123456789abcdef");

    private readonly HashSet<Digest> _digests = [];
    private readonly HashSet<string> _others = new(StringComparer.Ordinal);

    public int Count => _digests.Count + _others.Count;

    /// <summary>Adds <paramref name="hash"/>; returns false when it was already in the set.</summary>
    public bool Add(string hash) => Digest.TryParse(hash, out var digest) ? _digests.Add(digest) : _others.Add(hash);

    public bool Contains(string hash) => Digest.TryParse(hash, out var digest) ? _digests.Contains(digest) : _others.Contains(hash);

    /// <summary>A SHA-256 digest as four 64-bit words. Only lower-case digits parse, the form ContentHash writes, so each hash has one digest.</summary>
    private readonly record struct Digest(ulong First, ulong Second, ulong Third, ulong Fourth)
    {
        public static bool TryParse(string hash, out Digest digest)
        {
            digest = default;
            Span<byte> bytes = stackalloc byte[32];
            if (hash.Length != 64 || hash.AsSpan().ContainsAnyExcept(LowerHexDigits)
                || Convert.FromHexString(hash, bytes, out _, out var written) != OperationStatus.Done || written != 32)
            {
                return false;
            }

            digest = new Digest(
                BinaryPrimitives.ReadUInt64BigEndian(bytes),
                BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]),
                BinaryPrimitives.ReadUInt64BigEndian(bytes[16..]),
                BinaryPrimitives.ReadUInt64BigEndian(bytes[24..]));
            return true;
        }
    }
}
