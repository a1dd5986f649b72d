using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading;
using SeedGen.Extraction;
using SeedGen.Model;
using Xunit;

namespace SeedGen.Tests.Extraction;

public class ExtractorTests
{
    private const string Sample =
        "Ministers meet in Oslo\n\nNorwegian Foreign Minister Eva Lund met Dutch Foreign Minister Pieter Laan in Oslo on Monday. " +
        "Lund said Norway welcomes closer ties. \"We stand ready to help,\" Laan said.";

    [Fact]
    public void Is_deterministic_and_independent_of_culture()
    {
        Assert.True(PartialDate.TryParse("2030-03-14", out var pub));
        var a = Extractor.Extract(Sample, pub);
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("tr-TR");
            var b = Extractor.Extract(Sample, pub);
            Assert.Equal(a, b);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Gives_records_in_document_order_with_one_official_per_person()
    {
        Assert.True(PartialDate.TryParse("2030-03-14", out var pub));
        var r = Extractor.Extract(Sample, pub);
        Assert.Equal(new[] { "Eva Lund", "Pieter Laan" }, r.Officials.Select(o => o.Name).ToArray());
        var lines = r.Positions.Select(p => (p.Evidence.Line, p.Evidence.Column)).ToArray();
        Assert.Equal(lines.OrderBy(x => x.Line).ThenBy(x => x.Column).ToArray(), lines);
    }

    [Fact]
    public void Handles_empty_and_hostile_input()
    {
        Assert.True(Extractor.Extract(string.Empty, null).IsEmpty);
        var sb = new StringBuilder();
        for (var i = 0; i < 20000; i++) sb.Append("\"President ").Append("Aa-Bb-Cc, ").Append("Mr Dd said, said Ee. ");
        var r = Extractor.Extract(sb.ToString(), null);
        Assert.NotNull(r);
    }

    [Fact]
    public void Observes_cancellation()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<System.OperationCanceledException>(() => Extractor.Extract(Sample, null, cts.Token));
    }
}
