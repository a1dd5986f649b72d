using System.Linq;
using System.Threading;
using SeedGen.Extraction;
using SeedGen.Model;
using Xunit;

namespace SeedGen.Tests.Extraction;

public class DateResolverTests
{
    private static DateMention[] Dates(string text, string published)
    {
        Assert.True(PartialDate.TryParse(published, out var pub));
        var doc = new Document(text, pub, CancellationToken.None);
        return doc.Sentences.SelectMany(s => DateResolver.Find(doc, s)).ToArray();
    }

    [Fact]
    public void Resolves_a_weekday_to_the_latest_such_day_on_or_before_publication()
    {
        // 2030-03-14 is a Thursday
        var d = Dates("The envoy spoke on Tuesday.", "2030-03-14").Single();
        Assert.Equal(new PartialDate(2030, 3, 12), d.Start);
        Assert.Equal(new PartialDate(2030, 3, 14), Dates("The envoy spoke on Thursday.", "2030-03-14").Single().Start);
    }

    [Fact]
    public void Resolves_a_weekday_forward_when_the_sentence_speaks_of_the_future()
    {
        var d = Dates("The envoy will arrive on Saturday.", "2030-03-14").Single();
        Assert.Equal(new PartialDate(2030, 3, 16), d.Start);
    }

    [Fact]
    public void Leaves_weekdays_unresolved_when_publication_is_only_a_month()
    {
        Assert.Empty(Dates("The envoy spoke on Tuesday.", "2030-03"));
    }

    [Fact]
    public void Reads_ranges_in_one_month_and_across_months()
    {
        var a = Dates("From May 3 to 7, the two sides held talks.", "2030-05-20").Single();
        Assert.Equal((new PartialDate(2030, 5, 3), new PartialDate(2030, 5, 7)), (a.Start, a.Finish));
        var b = Dates("Talks ran April 29-30.", "2030-05-20").Single();
        Assert.Equal((new PartialDate(2030, 4, 29), new PartialDate(2030, 4, 30)), (b.Start, b.Finish));
        var c = Dates("Talks ran from April 29 to May 2.", "2030-05-20").Single();
        Assert.Equal((new PartialDate(2030, 4, 29), new PartialDate(2030, 5, 2)), (c.Start, c.Finish));
    }

    [Fact]
    public void Reads_day_month_order_and_explicit_years()
    {
        Assert.Equal(new PartialDate(2019, 8, 9), Dates("It happened on 9 August 2019.", "2030-05-20").Single().Start);
        Assert.Equal(new PartialDate(2011, 2, 1), Dates("It happened on Feb. 1, 2011.", "2030-05-20").Single().Start);
    }

    [Fact]
    public void Reads_months_years_and_relative_words()
    {
        Assert.Equal(new PartialDate(2030, 12), Dates("A visit is planned for mid-December.", "2030-11-02").Single().Start);
        Assert.Equal(new PartialDate(2029, 9), Dates("They met in September.", "2030-02-02").Single().Start);
        Assert.Equal(new PartialDate(2030, 1), Dates("They met last month.", "2030-02-02").Single().Start);
        Assert.Equal(new PartialDate(1999), Dates("The pact was signed in 1999.", "2030-02-02").Single().Start);
        Assert.Equal(new PartialDate(2030, 2, 2), Dates("The ministers met today.", "2030-02-02").Single().Start);
    }

    [Fact]
    public void Does_not_take_may_the_verb_for_a_month()
    {
        Assert.Empty(Dates("The plan may fail.", "2030-02-02"));
    }
}
