using SeedGen.Model;
using Xunit;

namespace SeedGen.Tests.Reliability;

/// <summary>
/// Inputs fuzzing found to make extraction throw (each was an SG0011 in a build): relative dates that
/// leave the calendar near year 1 or 9999 (docs/RELIABILITY.md, bug 8). They now stay unresolved.
/// </summary>
public sealed class ExtractionRegressionTests
{
    /// <summary>Calls the extractor directly (DocumentProcessor would turn the exception into SG0011), so a failure shows the stack.</summary>
    private static void AssertNoInternalError(string text, PartialDate? published)
    {
        try
        {
            SeedGen.Extraction.Extractor.Extract(text, published);
        }
        catch (System.Exception e)
        {
            Assert.Fail("Extraction threw on " + published + " / \"" + text + "\":\n" + e);
        }
    }

    [Theory]
    [InlineData(1, 1, 1, "President Anna Berg called Senator Elena Dahl on Saturday to discuss the new tariffs.")]
    [InlineData(1, 1, 1, "China and France held talks in Paris last week.")]
    [InlineData(1, 1, 1, "China and France held talks in Paris last month.")]
    [InlineData(1, 1, 0, "China and France held talks in Paris last month.")]
    [InlineData(1, 0, 0, "China and France held talks in Paris last year.")]
    [InlineData(1, 1, 1, "China and France held talks in Paris yesterday.")]
    [InlineData(9999, 12, 31, "President Anna Berg will visit Paris next Tuesday.")]
    [InlineData(9999, 12, 31, "China and France will hold talks in Paris next week.")]
    [InlineData(9999, 12, 31, "China and France will hold talks in Paris next month.")]
    [InlineData(9999, 12, 0, "China and France will hold talks in Paris next year.")]
    [InlineData(9999, 12, 31, "China and France will hold talks in Paris tomorrow.")]
    [InlineData(9999, 12, 31, "China and France held talks in Paris from December 30 to January 2.")]
    [InlineData(9999, 12, 31, "Ambassador Anna Berg will visit Paris next week, the European Commission announced. United States and Japan held talks in Paris from June 13 to 17.")]
    [InlineData(9999, 12, 31, "United States and Japan held talks in Paris from June 13 to 17.")]
    [InlineData(9999, 12, 31, "United States and Japan will hold talks in Paris on January 5.")]
    public void Relative_dates_at_the_ends_of_the_calendar(int year, int month, int day, string text)
    {
        AssertNoInternalError(text, new PartialDate(year, month, day));
    }
}
