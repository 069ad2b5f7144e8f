using System.IO.Compression;
using System.Text;

namespace KnowledgeGraph.Extraction.Ner;

/// <summary>
/// Saves and loads a <see cref="NerModel"/> as one gzip-compressed binary file.
/// </summary>
/// <remarks>
/// Layout after decompression: the magic "KGNER", a format version, feature flags, lexicon fingerprint, description,
/// a weight scale, then the rows in ascending feature-hash order. Each row is the hash's delta from the previous one
/// (LEB128), a 17-bit mask of the tags with a non-zero weight, and those weights as 16-bit integers times the scale.
/// Sorting, delta coding and masks shrink the file to a fraction of the float arrays, and the fixed order makes the
/// bytes a pure function of the weights, which is what keeps training reproducible byte for byte. Quantising to
/// 16 bits moves each score by less than a thousandth of the smallest weight gap that decides a tag.
/// </remarks>
public static class NerModelFile
{
    private const string Magic = "KGNER";
    private const int Version = 1;
    private const string NotAModel = "This is not a KnowledgeGraph tagger model.";

    /// <summary>Far above any real model (the shipped one has under 100,000 rows); guards the allocation.</summary>
    private const int MaximumRows = 50_000_000;

    public static void Save(NerModel model, Stream output)
    {
        using var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(gzip, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(model.Options.ToFlags());
        writer.Write(model.LexiconFingerprint);
        writer.Write(model.Description);
        var rows = model.Weights.Rows.ToList();
        var largest = rows.SelectMany(r => r.Weights.ToArray()).Select(Math.Abs).DefaultIfEmpty(1f).Max();
        var scale = largest > 0 ? largest / short.MaxValue : 1f;
        writer.Write(scale);
        writer.Write(rows.Count);
        var previous = 0UL;
        foreach (var (feature, weights) in rows)
        {
            writer.Write7BitEncodedInt64((long)(feature - previous));
            previous = feature;
            var quantised = new short[NerTagSet.Count];
            var mask = 0;
            for (var tag = 0; tag < NerTagSet.Count; tag++)
            {
                quantised[tag] = (short)Math.Round(weights.Span[tag] / scale);
                mask |= quantised[tag] != 0 ? 1 << tag : 0;
            }

            writer.Write7BitEncodedInt(mask);
            for (var tag = 0; tag < NerTagSet.Count; tag++)
            {
                if (quantised[tag] != 0)
                {
                    writer.Write(quantised[tag]);
                }
            }
        }
    }

    /// <exception cref="InvalidDataException">The stream is not a model file of a version this build reads.</exception>
    public static NerModel Load(Stream input)
    {
        // gzip reports a stream it cannot inflate as InvalidDataException too, in its own words ("unsupported
        // compression method") that mean nothing to someone who passed a text file; only the refusals made here keep
        // theirs. Whether the magic had been read says which of the two messages fits the rest.
        InvalidDataException? refusal = null;
        InvalidDataException Refuse(string message) => refusal = new InvalidDataException(message);
        var magicRead = false;
        try
        {
            using var gzip = new GZipStream(input, CompressionMode.Decompress, leaveOpen: true);
            using var buffered = new BufferedStream(gzip, 1 << 16);
            using var reader = new BinaryReader(buffered, Encoding.UTF8, leaveOpen: true);
            if (reader.ReadString() != Magic)
            {
                throw Refuse(NotAModel);
            }

            magicRead = true;
            var version = reader.ReadInt32();
            if (version != Version)
            {
                throw Refuse($"The model file has format version {version}; this build reads version {Version}.");
            }

            var options = NerFeatureOptions.FromFlags(reader.ReadInt32());
            var fingerprint = reader.ReadUInt64();
            var description = reader.ReadString();
            var scale = reader.ReadSingle();
            var count = reader.ReadInt32();
            if (count is < 0 or > MaximumRows)
            {
                throw Refuse($"The model file claims {count} feature rows; it is corrupt.");
            }

            var rows = new Dictionary<ulong, int>(count);
            var weights = new float[count * NerTagSet.Count];
            var feature = 0UL;
            for (var row = 0; row < count; row++)
            {
                var delta = (ulong)reader.Read7BitEncodedInt64();
                if (row > 0 && delta == 0)
                {
                    throw Refuse("The model file repeats a feature; it is corrupt.");
                }

                feature += delta;
                rows.Add(feature, row);
                var mask = reader.Read7BitEncodedInt();
                for (var tag = 0; tag < NerTagSet.Count; tag++)
                {
                    if ((mask & (1 << tag)) != 0)
                    {
                        weights[(row * NerTagSet.Count) + tag] = reader.ReadInt16() * scale;
                    }
                }
            }

            return new NerModel(new NerWeights(rows, weights), options, fingerprint, description);
        }
        catch (Exception e) when (!ReferenceEquals(e, refusal) && e is InvalidDataException or IOException or FormatException or ArgumentException or OverflowException)
        {
            throw new InvalidDataException(magicRead ? "The model file is truncated or corrupt." : NotAModel, e);
        }
    }
}
