using KnowledgeGraph.Extraction.Cleaning;

namespace KnowledgeGraph.Extraction.Tests.Cleaning;

public class DatelineParserTests
{
    [Theory]
    [InlineData("PORT HALDEN (Example Wire) — Dock workers voted on Tuesday.", "PORT HALDEN", "Example Wire")]
    [InlineData("PORT HALDEN (AP) -- Dock workers voted.", "PORT HALDEN", "AP")]
    [InlineData("ST. CLAIRE, Valleyland (AP) — A bridge closed.", "ST. CLAIRE, Valleyland", "AP")]
    [InlineData("WINSTON-HALE, N.V. (Reuters) - Shares fell.", "WINSTON-HALE, N.V.", "Reuters")]
    public void Reads_place_and_agency(string line, string place, string agency) =>
        Assert.Equal(new Dateline(place, agency, null), DatelineParser.Parse(line));

    [Theory]
    [InlineData("PORT HALDEN — Dock workers voted on Tuesday.", "PORT HALDEN")]
    [InlineData("PORT HALDEN, Valleyland — Dock workers voted.", "PORT HALDEN, Valleyland")]
    [InlineData("Port Halden, Valleyland — Dock workers voted on Tuesday.", "Port Halden, Valleyland")]
    [InlineData("KESTREL - The council met.", "KESTREL")]
    public void Reads_place_before_a_dash(string line, string place) =>
        Assert.Equal(new Dateline(place, null, null), DatelineParser.Parse(line));

    [Theory]
    [InlineData("PORT HALDEN, Sept. 3, 2025", "PORT HALDEN")]
    [InlineData("PORT HALDEN, Wednesday, September 3, 2025 — Dock workers voted.", "PORT HALDEN")]
    [InlineData("PORT HALDEN, 3 September 2025", "PORT HALDEN")]
    public void Reads_place_and_date(string line, string place) =>
        Assert.Equal(new Dateline(place, null, new DateOnly(2025, 9, 3)), DatelineParser.Parse(line));

    [Theory]
    [InlineData("Port workers in Halden voted on Tuesday to end the strike.")]
    [InlineData("However, Ortiz — who leads the port board — disagreed.")]
    [InlineData("Port Halden — the town was quiet.")]
    [InlineData("BREAKING — Dam inspection ordered")]
    [InlineData("U.S. officials said the talks would continue.")]
    [InlineData("PORT HALDEN, the town where the strike began, was quiet.")]
    [InlineData("PORT HALDEN, Sept. 3 was a quiet day.")]
    [InlineData("")]
    public void Rejects_lines_without_a_dateline(string line) => Assert.Null(DatelineParser.Parse(line));

    // Agencies credit a story the way a place heads a dateline ("AP — ..."), but an agency is never a place.
    [Theory]
    [InlineData("AP — The ferry operator raised fares.")]
    [InlineData("REUTERS - Shares in the port operator fell.")]
    [InlineData("AFP -- The minister left the harbour.")]
    [InlineData("XINHUA — Cargo volumes rose.")]
    [InlineData("EFE, Madrid — The strike ended.")]
    [InlineData("Reuters, London — Shares fell.")]
    public void A_wire_agency_is_never_a_dateline_place(string line) => Assert.Null(DatelineParser.Parse(line));
}
