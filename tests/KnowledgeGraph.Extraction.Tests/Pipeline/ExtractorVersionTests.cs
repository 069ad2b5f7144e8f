using System.Security.Cryptography;
using KnowledgeGraph.Extraction;

namespace KnowledgeGraph.Extraction.Tests.Pipeline;

/// <summary>
/// A tripwire for <see cref="ExtractionPipeline.CurrentVersion"/>: <c>kg ingest --reprocess</c> renews only documents
/// extracted by an older version, so a change to a shipped word list or the model that leaves the version alone would
/// leave old and new facts mixed in users' databases. Changes to rules in code need the same care; this catches the data.
/// </summary>
public sealed class ExtractorVersionTests
{
    // The fingerprint of the embedded data for each version. When this test fails: raise CurrentVersion and record the
    // new fingerprint for it here (the message prints it).
    private static readonly Dictionary<int, string> FingerprintOfVersion = new()
    {
        [2] = "29cb887fa87d909ee0593805eef46bff452891b355934115217b7916977b287b",
    };

    [Fact]
    public void The_shipped_word_lists_and_model_are_those_of_the_current_version()
    {
        var fingerprint = EmbeddedDataFingerprint();

        Assert.True(
            FingerprintOfVersion.TryGetValue(ExtractionPipeline.CurrentVersion, out var recorded) && recorded == fingerprint,
            $"The embedded word lists or model differ from those of extractor version {ExtractionPipeline.CurrentVersion}. " +
            $"Raise ExtractionPipeline.CurrentVersion and record [{ExtractionPipeline.CurrentVersion + 1}] = \"{fingerprint}\".");
    }

    private static string EmbeddedDataFingerprint()
    {
        var assembly = typeof(ExtractionPipeline).Assembly;
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var name in assembly.GetManifestResourceNames().Order(StringComparer.Ordinal))
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(name));
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            hash.AppendData(copy.ToArray());
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
