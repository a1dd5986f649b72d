using System.Linq;
using SeedGen.Extraction;
using SeedGen.Model;
using Xunit;

namespace SeedGen.Tests.Extraction;

public class PositionFinderTests
{
    private static Position[] Positions(string text, string published = "2030-03-14")
    {
        Assert.True(PartialDate.TryParse(published, out var pub));
        return Extractor.Extract(text, pub).Positions.ToArray();
    }

    [Fact]
    public void Splits_coordinated_stances()
    {
        var p = Positions("Chinese Foreign Ministry spokesperson Wu Delan said on Monday that the meeting went well. China firmly opposes unilateral sanctions, opposes trade barriers, and opposes bloc politics, Wu added.")
            .Where(x => x.Stance == Stance.Opposes).ToArray();
        Assert.Equal(new[] { "unilateral sanctions", "trade barriers", "bloc politics" }, p.Select(x => x.Topic).ToArray());
        Assert.All(p, x => Assert.Equal("China", x.Holder));
        Assert.All(p, x => Assert.Equal("Wu Delan", x.Speaker));
    }

    [Fact]
    public void A_spokesperson_speaks_for_the_country()
    {
        var p = Positions("The visit will deepen ties, Chinese Foreign Ministry spokesperson Wu Delan said.").Single();
        Assert.Equal("China", p.Holder);
        Assert.Equal("Wu Delan", p.Speaker);
        Assert.Equal(Stance.Asserts, p.Stance);
        Assert.Equal("The visit will deepen ties", p.Topic);
    }

    [Fact]
    public void A_minister_speaks_for_himself()
    {
        var p = Positions("Dutch Foreign Minister Pieter Laan urged Russia to withdraw its troops.").Single();
        Assert.Equal("Pieter Laan", p.Holder);
        Assert.Equal(Stance.Urges, p.Stance);
        Assert.Equal("Russia to withdraw its troops", p.Topic);
    }

    [Fact]
    public void Negated_support_is_not_support()
    {
        var p = Positions("Dutch Foreign Minister Pieter Laan said the Netherlands does not support the plan.");
        Assert.DoesNotContain(p, x => x.Stance == Stance.Supports);
    }

    [Fact]
    public void Attributes_quotes_to_their_speaker_across_sentences()
    {
        var p = Positions("Dutch Foreign Minister Pieter Laan spoke in Oslo. \"The plan is fair. It must pass,\" Mr Laan said.");
        Assert.Contains(p, x => x.Holder == "Pieter Laan" && x.Topic == "The plan is fair");
        Assert.Contains(p, x => x.Holder == "Pieter Laan" && x.Stance == Stance.Urges && x.Topic.Contains("It must pass"));
    }

    [Fact]
    public void Both_sides_is_a_joint_holder()
    {
        var p = Positions("China and Brazil held trade talks in Shanghai on Monday. Both sides agreed to cut tariffs.").Single();
        Assert.Equal("China and Brazil", p.Holder);
        Assert.Equal(Stance.Commits, p.Stance);
        Assert.Equal("cut tariffs", p.Topic);
    }

    [Fact]
    public void Anonymous_holders_do_not_count()
    {
        Assert.Empty(Positions("Critics say the plan will fail. Analysts believe it is too late."));
    }

    [Fact]
    public void Hopes_and_readiness()
    {
        var p = Positions("Japan hopes the talks will succeed. Japan stands ready to help.");
        Assert.Contains(p, x => x.Holder == "Japan" && x.Stance == Stance.Hopes && x.Topic == "the talks will succeed");
        Assert.Contains(p, x => x.Holder == "Japan" && x.Stance == Stance.Ready && x.Topic == "help");
    }
}
