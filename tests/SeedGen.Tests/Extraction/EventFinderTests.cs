using System.Linq;
using SeedGen.Extraction;
using SeedGen.Model;
using Xunit;

namespace SeedGen.Tests.Extraction;

public class EventFinderTests
{
    private static SeedEvent[] Events(string text, string published = "2030-03-14")
    {
        Assert.True(PartialDate.TryParse(published, out var pub));
        return Extractor.Extract(text, pub).Events.ToArray();
    }

    [Fact]
    public void Finds_a_press_conference_with_its_weekday_and_place()
    {
        var e = Events("The talks were useful, Foreign Ministry spokesperson Wu Delan told a press conference in Beijing on Tuesday.")
            .Single(x => x.Kind == EventKind.PressConference);
        Assert.Equal(new PartialDate(2030, 3, 12), e.Start);
        Assert.Equal(e.Start, e.End);
        Assert.Equal("Beijing", e.Location);
        Assert.Contains("Wu Delan", e.Participants);
    }

    [Fact]
    public void Finds_talks_with_a_date_range_and_the_countries_taking_part()
    {
        var e = Events("From March 2 to 5, China and Brazil held a new round of trade talks in Shanghai.").Single();
        Assert.Equal(EventKind.Talks, e.Kind);
        Assert.Equal(new PartialDate(2030, 3, 2), e.Start);
        Assert.Equal(new PartialDate(2030, 3, 5), e.End);
        Assert.Equal("Shanghai", e.Location);
        Assert.Contains("China", e.Participants);
        Assert.Contains("Brazil", e.Participants);
    }

    [Fact]
    public void Finds_a_meeting_between_two_officials()
    {
        var e = Events("Indian Prime Minister Ravi Anand met with Kenyan President Joseph Kamau in Nairobi on Monday.").Single();
        Assert.Equal(EventKind.Meeting, e.Kind);
        Assert.Equal(new[] { "Ravi Anand", "Joseph Kamau" }, e.Participants.ToArray());
        Assert.Equal(new PartialDate(2030, 3, 11), e.Start);
    }

    [Fact]
    public void Finds_a_visit_with_its_destination()
    {
        var e = Events("German Chancellor Hanna Roth will visit Vietnam on Saturday.").Single();
        Assert.Equal(EventKind.Visit, e.Kind);
        Assert.Equal("Vietnam", e.Location);
        Assert.Equal(new PartialDate(2030, 3, 16), e.Start);
        Assert.Contains("Vietnam", e.Participants);
    }

    [Fact]
    public void Merges_a_later_mention_of_the_same_event()
    {
        var e = Events("China and Brazil held trade talks in Shanghai on Monday. During the talks, both sides agreed to cut tariffs.");
        Assert.Single(e);
    }

    [Fact]
    public void Needs_a_time_or_place()
    {
        Assert.Empty(Events("Ministers often hold talks."));
    }

    [Fact]
    public void Does_not_read_speech_in_freedom_of_speech_as_an_event()
    {
        Assert.Empty(Events("China urged Japan to respect freedom of speech in Tokyo."));
    }
}
