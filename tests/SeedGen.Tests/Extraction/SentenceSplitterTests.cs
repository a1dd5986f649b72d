using System.Linq;
using System.Threading;
using SeedGen.Extraction;
using SeedGen.Model;
using Xunit;

namespace SeedGen.Tests.Extraction;

public class SentenceSplitterTests
{
    private static string[] Sentences(string text)
    {
        var doc = new Document(text, null, CancellationToken.None);
        return doc.Sentences.Select(s => doc.EvidenceFor(s).Sentence).ToArray();
    }

    [Fact]
    public void Does_not_split_after_titles_and_dotted_abbreviations()
    {
        var s = Sentences("Dr. Olen Voss met Mr. Pike in the U.S. capital. They talked for an hour.");
        Assert.Equal(2, s.Length);
        Assert.StartsWith("Dr. Olen Voss", s[0]);
    }

    [Fact]
    public void Keeps_a_closing_quote_with_its_sentence()
    {
        var s = Sentences("\"We will act.\" Lena Orr said so. Then she left.");
        Assert.Equal("\"We will act.\"", s[0]);
        Assert.Equal(3, s.Length);
    }

    [Fact]
    public void Treats_a_first_line_without_full_stop_as_headline()
    {
        var doc = new Document("Minister visits port\n\nThe minister arrived on Monday.", null, CancellationToken.None);
        Assert.True(doc.Sentences[0].IsHeadline);
        Assert.False(doc.Sentences[1].IsHeadline);
    }

    [Fact]
    public void Evidence_gives_one_based_line_and_column()
    {
        var doc = new Document("Title\n\n  He spoke. She replied.", null, CancellationToken.None);
        var e = doc.EvidenceFor(doc.Sentences[2]);
        Assert.Equal(new Evidence(3, 13, "She replied."), e);
    }
}
