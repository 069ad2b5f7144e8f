using System.Security.Cryptography;
using System.Text;

namespace KnowledgeGraph.Core.Documents;

/// <summary>The content hash that makes re-ingesting the same article a no-op.</summary>
public static class ContentHash
{
    public static string Of(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
