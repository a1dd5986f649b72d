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

    [Fact]
    public void Reads_a_list_of_countries_as_one_joint_holder()
    {
        var p = Positions("Spain, Portugal and Greece want the fund to be doubled.").Single();
        Assert.Equal("Spain, Portugal and Greece", p.Holder);
        Assert.Equal(Stance.Hopes, p.Stance);
    }

    [Fact]
    public void Skips_a_dateline_before_the_first_clause()
    {
        var p = Positions("MADRID, May 4 (Reuters) -- Spain on Monday rejected the proposal, a Foreign Ministry spokesman said.").Single();
        Assert.Equal("Spain", p.Holder);
        Assert.Equal(Stance.Rejects, p.Stance);
        Assert.Equal("the proposal", p.Topic);
    }

    [Fact]
    public void A_party_spokesman_speaks_for_himself()
    {
        var p = Positions("Labour health spokesman Tom Reade said the plan would fail.").Single();
        Assert.Equal("Tom Reade", p.Holder);
    }

    [Fact]
    public void Will_continue_to_urge_is_urging()
    {
        var p = Positions("Japan will continue to urge Russia to free the sailors, Japanese Foreign Minister Kei Mori said.").Single();
        Assert.Equal(Stance.Urges, p.Stance);
        Assert.Equal("Russia to free the sailors", p.Topic);
    }

    [Fact]
    public void A_short_quoted_sentence_joins_its_neighbour()
    {
        var p = Positions("Dutch Foreign Minister Pieter Laan spoke in Oslo. \"I am glad. The agreement protects fishermen in the whole region,\" Laan said.");
        Assert.Contains(p, x => x.Topic.StartsWith("I am glad.") && x.Topic.Contains("protects fishermen"));
    }

    [Fact]
    public void Reads_the_reported_clause_after_a_statement_adjunct()
    {
        var p = Positions("Greek Prime Minister Nikos Vlahos said in a statement on Friday that Greece would veto the deal.").Single();
        Assert.Equal(Stance.Commits, p.Stance);
        Assert.Equal("veto the deal", p.Topic);
    }

    [Fact]
    public void A_passive_stance_belongs_to_the_agent()
    {
        var p = Positions("The EU's decision was welcomed on Monday by Turkey.").Single();
        Assert.Equal("Turkey", p.Holder);
        Assert.Equal(Stance.Supports, p.Stance);
        Assert.Equal("The EU's decision", p.Topic);
    }
}
