using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using SeedGen.Diagnostics;
using SeedGen.Documents;
using SeedGen.Index;
using SeedGen.Json;
using SeedGen.Model;
using SeedGen.Tests.Infrastructure;
using Xunit;

namespace SeedGen.Tests.Json;

public sealed class ExtractionJsonWriterTests
{
    private static DocumentModel Document(string file, PartialDate? published, ExtractionResult records) =>
        new(
            new IndexEntry(file, "/set/" + file, "A title", published, "Wire", null, SourceLocation.StartOf("/set/INDEX.md")),
            records,
            EquatableArray<Problem>.Empty);

    private static DocumentModel Talks() => Document(
        "docs/talks.txt",
        new PartialDate(2024, 6, 18),
        new ExtractionResult(
            new[]
            {
                new Official("Ana Lima", "foreign minister", "Foreign Ministry", "Brazil", new Evidence(1, 1, "Foreign minister Ana Lima spoke.")),
                new Official("Tom Berg", null, null, null, new Evidence(2, 5, "Tom Berg attended.")),
            }.ToEquatableArray(),
            new[]
            {
                new SeedEvent("Trade talks", EventKind.PressConference, new PartialDate(2024, 6, 13), new PartialDate(2024, 6, 17),
                    "Brasilia", new[] { "Brazil", "Norway" }.ToEquatableArray(), new Evidence(3, 1, "Talks were held.")),
                new SeedEvent("Vote", EventKind.Election, new PartialDate(2024), null, null, EquatableArray<string>.Empty, new Evidence(4, 1, "A vote.")),
            }.ToEquatableArray(),
            new[]
            {
                new Position("Brazil", "Ana Lima", Stance.Opposes, "new tariffs", new Evidence(5, 1, "Brazil opposes new tariffs.")),
                new Position("Norway", null, Stance.Ready, "more talks", new Evidence(6, 1, "Norway stands ready for more talks.")),
            }.ToEquatableArray()));

    [Fact]
    public void TheOutput_HasTheGuideShape()
    {
        using var json = JsonDocument.Parse(ExtractionJsonWriter.Write(new[] { Talks() }));

        var doc = Assert.Single(json.RootElement.GetProperty("documents").EnumerateArray());
        Assert.Equal("docs/talks.txt", doc.GetProperty("file").GetString());
        Assert.Equal("2024-06-18", doc.GetProperty("published").GetString());

        var officials = doc.GetProperty("officials").EnumerateArray().ToArray();
        Assert.Equal(2, officials.Length);
        Assert.Equal("Ana Lima", officials[0].GetProperty("name").GetString());
        Assert.Equal("foreign minister", officials[0].GetProperty("title").GetString());
        Assert.Equal("Foreign Ministry", officials[0].GetProperty("organization").GetString());
        Assert.Equal("Brazil", officials[0].GetProperty("country").GetString());
        Assert.Equal(JsonValueKind.Null, officials[1].GetProperty("title").ValueKind);
        Assert.Equal(JsonValueKind.Null, officials[1].GetProperty("country").ValueKind);

        var events = doc.GetProperty("events").EnumerateArray().ToArray();
        Assert.Equal("press_conference", events[0].GetProperty("kind").GetString());
        Assert.Equal("2024-06-13", events[0].GetProperty("start").GetString());
        Assert.Equal("2024-06-17", events[0].GetProperty("end").GetString());
        Assert.Equal("Brasilia", events[0].GetProperty("location").GetString());
        Assert.Equal(new[] { "Brazil", "Norway" }, events[0].GetProperty("participants").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal("election", events[1].GetProperty("kind").GetString());
        Assert.Equal("2024", events[1].GetProperty("start").GetString());
        Assert.Equal(JsonValueKind.Null, events[1].GetProperty("end").ValueKind);
        Assert.Equal(JsonValueKind.Null, events[1].GetProperty("location").ValueKind);
        Assert.Empty(events[1].GetProperty("participants").EnumerateArray());

        var positions = doc.GetProperty("positions").EnumerateArray().ToArray();
        Assert.Equal("Brazil", positions[0].GetProperty("holder").GetString());
        Assert.Equal("Ana Lima", positions[0].GetProperty("speaker").GetString());
        Assert.Equal("opposes", positions[0].GetProperty("stance").GetString());
        Assert.Equal("new tariffs", positions[0].GetProperty("topic").GetString());
        Assert.Equal("ready", positions[1].GetProperty("stance").GetString());
        Assert.Equal(JsonValueKind.Null, positions[1].GetProperty("speaker").ValueKind);
    }

    [Fact]
    public void EveryRecord_CarriesItsEvidenceLine()
    {
        using var json = JsonDocument.Parse(ExtractionJsonWriter.Write(new[] { Talks() }));
        var doc = json.RootElement.GetProperty("documents")[0];

        Assert.Equal(new[] { 1, 2 }, doc.GetProperty("officials").EnumerateArray().Select(o => o.GetProperty("line").GetInt32()));
        Assert.Equal(new[] { 3, 4 }, doc.GetProperty("events").EnumerateArray().Select(o => o.GetProperty("line").GetInt32()));
        Assert.Equal(new[] { 5, 6 }, doc.GetProperty("positions").EnumerateArray().Select(o => o.GetProperty("line").GetInt32()));
    }

    [Fact]
    public void NoDocuments_IsAnEmptyArray()
    {
        var text = ExtractionJsonWriter.Write(System.Array.Empty<DocumentModel>());

        using var json = JsonDocument.Parse(text);
        Assert.Empty(json.RootElement.GetProperty("documents").EnumerateArray());
    }

    [Fact]
    public void ADocumentWithNothingFound_HasEmptyListsAndNullPublished()
    {
        using var json = JsonDocument.Parse(ExtractionJsonWriter.Write(new[]
        {
            Document("a.txt", null, ExtractionResult.Empty),
            Document("b.txt", new PartialDate(2024, 6), ExtractionResult.Empty),
        }));

        var docs = json.RootElement.GetProperty("documents").EnumerateArray().ToArray();
        Assert.Equal(new[] { "a.txt", "b.txt" }, docs.Select(d => d.GetProperty("file").GetString()));
        Assert.Equal(JsonValueKind.Null, docs[0].GetProperty("published").ValueKind);
        Assert.Equal("2024-06", docs[1].GetProperty("published").GetString());
        foreach (var list in new[] { "officials", "events", "positions" })
        {
            Assert.All(docs, d => Assert.Empty(d.GetProperty(list).EnumerateArray()));
        }
    }

    // A loop, not [InlineData]: control characters in test names break the TRX report.
    private static readonly string[] AwkwardStrings =
    {
        "plain",
        "",
        "say \"no\"",
        "C:\\docs\\a.txt",
        "line one\nline two\r\n\ttabbed",
        "bell\u0007 nul\u0000 esc\u001b del\u007f",
        "separators \u2028 and \u2029",
        "emoji \U0001F600 and \u00e9\u4e2d",
        "</script> & <b>",
    };

    [Fact]
    public void Str_RoundTripsThroughAJsonParser()
    {
        foreach (var value in AwkwardStrings)
        {
            var literal = ExtractionJsonWriter.Str(value);

            Assert.StartsWith("\"", literal);
            Assert.Equal(value, JsonSerializer.Deserialize<string>(literal));
            Assert.DoesNotContain('\n', literal);
            Assert.DoesNotContain('\r', literal);
        }
    }

    [Fact]
    public void Str_OfNull_IsTheNullLiteral()
    {
        Assert.Equal("null", ExtractionJsonWriter.Str(null));
    }

    [Fact]
    public void Str_EscapesControlCharactersAsLowerCaseUnicodeEscapes()
    {
        Assert.Equal("\"a\\u0001\\u001fb\"", ExtractionJsonWriter.Str("a\u0001\u001fb"));
        Assert.Equal("\"\\\"\\\\\\n\\r\\t\"", ExtractionJsonWriter.Str("\"\\\n\r\t"));
    }

    [Fact]
    public void AwkwardValuesInEveryField_StayValidJson()
    {
        const string nasty = "He said \"stop\" \\ then\nleft\u0001";
        var doc = Document(nasty, null, new ExtractionResult(
            new[] { new Official(nasty, nasty, nasty, nasty, new Evidence(1, 1, nasty)) }.ToEquatableArray(),
            new[] { new SeedEvent(nasty, EventKind.Other, null, null, nasty, new[] { nasty }.ToEquatableArray(), new Evidence(1, 1, nasty)) }.ToEquatableArray(),
            new[] { new Position(nasty, nasty, Stance.Asserts, nasty, new Evidence(1, 1, nasty)) }.ToEquatableArray()));

        using var json = JsonDocument.Parse(ExtractionJsonWriter.Write(new[] { doc }));
        var d = json.RootElement.GetProperty("documents")[0];

        Assert.Equal(nasty, d.GetProperty("file").GetString());
        Assert.Equal(nasty, d.GetProperty("officials")[0].GetProperty("organization").GetString());
        Assert.Equal(nasty, d.GetProperty("events")[0].GetProperty("participants")[0].GetString());
        Assert.Equal("other", d.GetProperty("events")[0].GetProperty("kind").GetString());
        Assert.Equal(nasty, d.GetProperty("positions")[0].GetProperty("topic").GetString());
        Assert.Equal("asserts", d.GetProperty("positions")[0].GetProperty("stance").GetString());
    }

    [Fact]
    public void Write_IsStableAndUsesLfOnly()
    {
        var first = ExtractionJsonWriter.Write(new[] { Talks() });

        Assert.Equal(first, ExtractionJsonWriter.Write(new[] { Talks() }));
        Assert.DoesNotContain('\r', first);
        Assert.EndsWith("}\n", first);
    }

    [Fact]
    public Task Write_Layout()
    {
        return SnapshotAssert.VerifyText(ExtractionJsonWriter.Write(new[] { Talks() }), "json");
    }
}
