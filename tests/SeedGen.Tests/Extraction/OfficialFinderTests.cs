using System.Linq;
using SeedGen.Extraction;
using SeedGen.Model;
using Xunit;

namespace SeedGen.Tests.Extraction;

public class OfficialFinderTests
{
    private static Official[] Officials(string text, string published = "2030-03-14")
    {
        Assert.True(PartialDate.TryParse(published, out var pub));
        return Extractor.Extract(text, pub).Officials.ToArray();
    }

    [Fact]
    public void Reads_a_role_before_the_name_with_organisation_and_country()
    {
        var o = Officials("Chinese Foreign Ministry spokesperson Wu Delan said on Tuesday that talks went well.").Single();
        Assert.Equal("Wu Delan", o.Name);
        Assert.Equal("spokesperson", o.Title);
        Assert.Equal("Foreign Ministry", o.Organization);
        Assert.Equal("China", o.Country);
        Assert.Equal(1, o.Evidence.Line);
    }

    [Fact]
    public void Reads_a_role_after_the_name()
    {
        var o = Officials("Teodor Brann, head of the Polish delegation, said the vote was fair.").Single();
        Assert.Equal("Teodor Brann", o.Name);
        Assert.Equal("head", o.Title);
        Assert.Equal("Poland", o.Country);
    }

    [Fact]
    public void Merges_surname_and_honorific_mentions_into_one_official()
    {
        var o = Officials("French President Marcel Dufay met reporters. Mr Dufay said he was pleased. Dufay left.").Single();
        Assert.Equal("Marcel Dufay", o.Name);
        Assert.Equal("President", o.Title);
        Assert.Equal("France", o.Country);
    }

    [Fact]
    public void Gives_a_later_role_to_a_person_first_named_without_one()
    {
        var o = Officials("Conservative Alan Pryce said the plan was flawed. Shadow trade minister Mr Pryce added that it would fail.").Single();
        Assert.Equal("Alan Pryce", o.Name);
        Assert.Contains("minister", o.Title);
        Assert.Equal("UK", o.Country);
    }

    [Fact]
    public void Leaves_out_journalists_and_academics()
    {
        var all = Officials("BBC political correspondent Nia Holt said the talks stalled. Professor Ivo Lind said so too. Defence Minister Sara Quell disagreed.");
        Assert.Equal(new[] { "Sara Quell" }, all.Select(o => o.Name).ToArray());
    }

    [Fact]
    public void Keeps_a_titled_single_name_when_no_full_name_is_given()
    {
        var o = Officials("President Okoro met Prime Minister Lena Marsh of Norway today.");
        Assert.Contains(o, x => x.Name == "Okoro" && x.Title == "President");
        Assert.Contains(o, x => x.Name == "Lena Marsh" && x.Country == "Norway");
    }

    [Fact]
    public void Splits_coordinated_titles_and_shares_the_country()
    {
        var o = Officials("Japanese Prime Minister Ken Arata and Foreign Minister Yumi Sato arrived.");
        Assert.Equal(2, o.Length);
        Assert.All(o, x => Assert.Equal("Japan", x.Country));
    }

    [Fact]
    public void A_counterpart_holds_the_same_office()
    {
        var o = Officials("Indian Foreign Minister Ravi Anand will hold talks with his Nepalese counterpart, Maya Thapa, on Friday.");
        Assert.Contains(o, x => x.Name == "Maya Thapa" && x.Title == "Foreign Minister" && x.Country == "Nepal");
    }

    [Fact]
    public void Reads_the_suffix_of_a_name()
    {
        var o = Officials("President Adam K. Dorne, Jr. spoke today with Chancellor Greta Lenz of Austria.");
        Assert.Contains(o, x => x.Name == "Adam K. Dorne, Jr.");
    }

    [Fact]
    public void A_role_named_before_a_person_in_the_next_sentence_is_that_persons()
    {
        var o = Officials("It follows remarks by Kenya's High Commissioner to Britain said the talks would go on. Dr Amina Odera said the delay was regrettable.").Single();
        Assert.Equal("Amina Odera", o.Name);
        Assert.Contains("High Commissioner", o.Title);
        Assert.Equal("Kenya", o.Country);
    }
}
