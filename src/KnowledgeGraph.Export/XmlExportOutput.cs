using System.Text;
using System.Xml;

namespace KnowledgeGraph.Export;

/// <summary>
/// The XML writer every XML export uses, so that GraphML and GEXF files look alike: UTF-8 without a byte-order mark,
/// two-space indent, "\n" line ends, line breaks inside text and attribute values written as character references
/// so that parsers keep them, and the root element with its namespaces in one order.
/// </summary>
internal static class XmlExportOutput
{
    private const string SchemaInstanceNamespace = "http://www.w3.org/2001/XMLSchema-instance";
    private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

    /// <summary>An XML writer on <paramref name="output"/> that leaves the stream open when disposed.</summary>
    public static XmlWriter Create(Stream output) => XmlWriter.Create(output, new XmlWriterSettings
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        NewLineHandling = NewLineHandling.Entitize,
        CloseOutput = false,
    });

    /// <summary>
    /// Starts the document and its root element <paramref name="localName"/> in <paramref name="defaultNamespace"/>,
    /// then declares the <paramref name="prefixed"/> namespaces, xsi, and <c>xsi:schemaLocation</c> pointing at
    /// <paramref name="schemaUrl"/>. The default namespace is declared explicitly so that it comes first, as in every
    /// example of these formats, instead of after xsi.
    /// </summary>
    public static void StartRoot(XmlWriter xml, string localName, string defaultNamespace, string schemaUrl, params (string Prefix, string Namespace)[] prefixed)
    {
        xml.WriteStartDocument();
        xml.WriteStartElement(localName, defaultNamespace);
        xml.WriteAttributeString("xmlns", XmlnsNamespace, defaultNamespace);
        foreach (var (prefix, uri) in prefixed)
        {
            xml.WriteAttributeString("xmlns", prefix, XmlnsNamespace, uri);
        }

        xml.WriteAttributeString("xmlns", "xsi", XmlnsNamespace, SchemaInstanceNamespace);
        xml.WriteAttributeString("schemaLocation", SchemaInstanceNamespace, defaultNamespace + " " + schemaUrl);
    }

    /// <summary>
    /// Call after the XML writer is disposed. XmlWriter stops after the root's end tag; a final newline keeps the file
    /// a well-formed text file for diff tools.
    /// </summary>
    public static void Finish(Stream output)
    {
        output.WriteByte((byte)'\n');
        output.Flush();
    }
}
