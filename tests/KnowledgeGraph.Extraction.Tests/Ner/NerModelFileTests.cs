using System.IO.Compression;
using System.Text;
using KnowledgeGraph.Extraction.Ner;

namespace KnowledgeGraph.Extraction.Tests.Ner;

public class NerModelFileTests
{
    private static readonly NerFeatureOptions Options = new() { Affixes = false, Clusters = false, SecondPass = true };

    /// <summary>Rows with hashes spread over the whole 64-bit range, weights of both signs, zeros and tiny values.</summary>
    private static NerModel HandMadeModel(string description = "hand-made; épreuve — “quotes”")
    {
        var features = new ulong[] { 0, 5, 77, 1UL << 40, (1UL << 63) + 11, ulong.MaxValue };
        var rows = new Dictionary<ulong, int>();
        var weights = new float[features.Length * NerTagSet.Count];
        for (var row = 0; row < features.Length; row++)
        {
            rows.Add(features[row], row);
            for (var tag = 0; tag < NerTagSet.Count; tag++)
            {
                weights[(row * NerTagSet.Count) + tag] = ((row + tag) % 4) switch
                {
                    0 => 0f,
                    1 => 3.75f - (0.3f * tag),
                    2 => -0.0001f * (row + 1),
                    _ => -12.5f + row,
                };
            }
        }

        return new NerModel(new NerWeights(rows, weights), Options, 0xDEADBEEFCAFEF00DUL, description);
    }

    private static byte[] Bytes(NerModel model)
    {
        using var stream = new MemoryStream();
        NerModelFile.Save(model, stream);
        return stream.ToArray();
    }

    private static NerModel Load(byte[] bytes) => NerModelFile.Load(new MemoryStream(bytes));

    /// <summary>A gzip stream of whatever <paramref name="write"/> writes, to forge headers.</summary>
    private static byte[] Forged(Action<BinaryWriter> write)
    {
        using var stream = new MemoryStream();
        using (var gzip = new GZipStream(stream, CompressionLevel.Fastest, leaveOpen: true))
        using (var writer = new BinaryWriter(gzip, Encoding.UTF8))
        {
            write(writer);
        }

        return stream.ToArray();
    }

    private static void ValidHeader(BinaryWriter writer, int rowCount)
    {
        writer.Write("KGNER");
        writer.Write(1);
        writer.Write(NerFeatureOptions.All.ToFlags());
        writer.Write(12345UL);
        writer.Write("forged");
        writer.Write(0.5f);
        writer.Write(rowCount);
    }

    private static Dictionary<ulong, float[]> RowsOf(NerWeights weights) =>
        weights.Rows.ToDictionary(r => r.Feature, r => r.Weights.ToArray());

    [Fact]
    public void A_saved_model_loads_with_its_options_fingerprint_and_description()
    {
        var loaded = Load(Bytes(HandMadeModel()));

        Assert.Equal(Options, loaded.Options);
        Assert.Equal(0xDEADBEEFCAFEF00DUL, loaded.LexiconFingerprint);
        Assert.Equal("hand-made; épreuve — “quotes”", loaded.Description);
    }

    [Fact]
    public void Every_weight_survives_within_half_a_quantisation_step()
    {
        // 16-bit quantisation: the scale is the largest weight over 32767, and rounding is off by at most half of it.
        var model = HandMadeModel();
        var original = RowsOf(model.Weights);
        var largest = original.Values.SelectMany(w => w).Max(Math.Abs);
        var tolerance = (largest / short.MaxValue / 2) + 1e-6f;

        var loaded = RowsOf(Load(Bytes(model)).Weights);

        Assert.Equal(original.Keys.Order(), loaded.Keys.Order());
        foreach (var (feature, weights) in original)
        {
            for (var tag = 0; tag < NerTagSet.Count; tag++)
            {
                Assert.True(
                    Math.Abs(weights[tag] - loaded[feature][tag]) <= tolerance,
                    $"feature {feature}, tag {NerTagSet.Name(tag)}: {weights[tag]} became {loaded[feature][tag]}");
            }
        }

        // The largest weight is exact, zeros stay zero, and the sign of every weight bigger than the step is kept.
        Assert.Equal(-12.5f, loaded[0][3], 4);
        Assert.Equal(0f, loaded[0][0]);
    }

    [Fact]
    public void A_loaded_model_scores_like_the_saved_one()
    {
        var model = HandMadeModel();
        var loaded = Load(Bytes(model));
        var saved = new float[NerTagSet.Count];
        var read = new float[NerTagSet.Count];
        ulong[] features = [5, 77, ulong.MaxValue, 999];

        model.Weights.Score(features, saved);
        loaded.Weights.Score(features, read);

        Assert.Equal(saved, read, (a, b) => Math.Abs(a - b) < 0.002f);
    }

    [Fact]
    public void Saving_the_same_model_twice_gives_the_same_bytes()
    {
        var model = HandMadeModel();

        Assert.Equal(Bytes(model), Bytes(model));
        Assert.Equal(Bytes(model), Bytes(Load(Bytes(model))));
    }

    [Fact]
    public void A_model_without_rows_round_trips()
    {
        var empty = new NerModel(new NerWeights([], []), NerFeatureOptions.All, 1, "");

        var loaded = Load(Bytes(empty));

        Assert.Equal(0, loaded.Weights.FeatureCount);
        Assert.Equal(NerFeatureOptions.All, loaded.Options);
    }

    [Fact]
    public void Every_option_combination_round_trips()
    {
        for (var flags = 0; flags < 128; flags++)
        {
            var options = NerFeatureOptions.FromFlags(flags);
            Assert.Equal(flags, options.ToFlags());
            Assert.Equal(options, Load(Bytes(HandMadeModel() with { Options = options })).Options);
        }
    }

    [Fact]
    public void A_truncated_file_is_refused_as_invalid_data_or_loads_unchanged()
    {
        var model = HandMadeModel();
        var bytes = Bytes(model);
        var saved = Bytes(model);

        // Cutting into the rows is always noticed. The last few bytes of a gzip stream hold only the end-of-block
        // code and the checksum; a cut there may go unnoticed, but then every row has been read and nothing changed.
        var refused = 0;
        for (var length = 0; length < bytes.Length; length++)
        {
            var cut = bytes[..length];
            if (Throws<InvalidDataException>(() => Load(cut)))
            {
                refused++;
                continue;
            }

            Assert.True(length > bytes.Length - 24, $"cut at {length} of {bytes.Length} bytes loaded");
            Assert.Equal(saved, Bytes(Load(cut)));
        }

        Assert.True(refused >= bytes.Length - 24, $"only {refused} of {bytes.Length} cuts refused");
        Assert.Throws<InvalidDataException>(() => Load(bytes[..(bytes.Length / 2)]));
    }

    [Fact]
    public void A_flipped_bit_anywhere_is_refused_or_changes_nothing()
    {
        // gzip's checksum is read because the loader reads the stream to its end: no corruption loads other weights.
        var model = HandMadeModel();
        var bytes = Bytes(model);
        for (var position = 0; position < bytes.Length; position++)
        {
            for (var bit = 0; bit < 8; bit++)
            {
                var corrupt = (byte[])bytes.Clone();
                corrupt[position] ^= (byte)(1 << bit);
                NerModel? loaded = null;
                if (!Throws<InvalidDataException>(() => loaded = Load(corrupt)))
                {
                    Assert.True(Bytes(loaded!).SequenceEqual(bytes), $"bit {bit} of byte {position} changed the model silently");
                }
            }
        }
    }

    private static bool Throws<TException>(Action action)
        where TException : Exception
    {
        try
        {
            action();
            return false;
        }
        catch (TException)
        {
            return true;
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a model at all")]
    [InlineData("KGNER")]
    public void Text_that_is_not_gzip_is_refused_as_invalid_data(string text) =>
        Assert.Throws<InvalidDataException>(() => Load(Encoding.UTF8.GetBytes(text)));

    [Fact]
    public void A_text_file_is_refused_as_not_a_model_with_gzips_reason_kept_inside()
    {
        var error = Assert.Throws<InvalidDataException>(() => Load(Encoding.UTF8.GetBytes("This is a shopping list, not a model.\n")));

        Assert.Equal("This is not a KnowledgeGraph tagger model.", error.Message);
        Assert.IsType<InvalidDataException>(error.InnerException);
    }

    [Fact]
    public void Gzip_that_breaks_after_the_header_is_reported_as_corrupt_not_in_gzips_words()
    {
        var bytes = Bytes(HandMadeModel());

        var error = Assert.Throws<InvalidDataException>(() => Load(bytes[..(bytes.Length / 2)]));

        Assert.Equal("The model file is truncated or corrupt.", error.Message);
        Assert.NotNull(error.InnerException);
    }

    [Fact]
    public void Random_bytes_are_refused_as_invalid_data()
    {
        var random = new Random(11);
        for (var i = 0; i < 20; i++)
        {
            var bytes = new byte[random.Next(1, 400)];
            random.NextBytes(bytes);
            Assert.Throws<InvalidDataException>(() => Load(bytes));
        }
    }

    [Fact]
    public void Gzip_of_something_else_is_refused_as_invalid_data()
    {
        Assert.Throws<InvalidDataException>(() => Load(Forged(w => w.Write(Encoding.UTF8.GetBytes("hello, world")))));
        Assert.Throws<InvalidDataException>(() => Load(Forged(w => w.Write("KGNOT"))));
        Assert.Throws<InvalidDataException>(() => Load(Forged(_ => { })));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    [InlineData(-1)]
    public void A_file_of_another_format_version_is_refused(int version)
    {
        var bytes = Forged(w =>
        {
            w.Write("KGNER");
            w.Write(version);
        });

        var error = Assert.Throws<InvalidDataException>(() => Load(bytes));
        Assert.Contains($"version {version}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_forged_header_with_the_right_version_and_no_rows_loads()
    {
        var model = Load(Forged(w => ValidHeader(w, 0)));

        Assert.Equal(("forged", 12345UL, 0), (model.Description, model.LexiconFingerprint, model.Weights.FeatureCount));
    }

    [Fact]
    public void A_file_that_stops_in_the_middle_of_its_rows_is_refused()
    {
        var bytes = Forged(w =>
        {
            ValidHeader(w, 3);
            w.Write7BitEncodedInt64(10);
            w.Write7BitEncodedInt(0b11);
            w.Write((short)5);
        });

        Assert.Throws<InvalidDataException>(() => Load(bytes));
    }

    [Fact]
    public void A_corrupt_row_count_or_repeated_feature_is_refused_as_invalid_data()
    {
        Assert.Throws<InvalidDataException>(() => Load(Forged(w => ValidHeader(w, -1))));
        Assert.Throws<InvalidDataException>(() => Load(Forged(w =>
        {
            ValidHeader(w, 2);
            w.Write7BitEncodedInt64(10);
            w.Write7BitEncodedInt(0);
            w.Write7BitEncodedInt64(0);
            w.Write7BitEncodedInt(0);
        })));
    }
}
