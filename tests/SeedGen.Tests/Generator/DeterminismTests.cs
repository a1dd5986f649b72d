using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using SeedGen.Tests.Infrastructure;
using Xunit;

namespace SeedGen.Tests.Generator;

/// <summary>Same inputs, same bytes: whatever the culture or the order of AdditionalFiles.</summary>
public class DeterminismTests
{
    private static string Hash(GeneratorRun run)
    {
        var all = new StringBuilder();
        foreach (var pair in run.Sources) all.Append(pair.Key).Append('\0').Append(pair.Value).Append('\0');
        foreach (var d in run.GeneratorDiagnostics.Select(d => d.ToString()).OrderBy(s => s, System.StringComparer.Ordinal)) all.Append(d).Append('\0');
        return System.Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(all.ToString())));
    }

    private static GeneratorHarness Corpus(bool reversed)
    {
        var harness = GeneratorFixtures.New();
        var order = Enumerable.Range(0, 12).ToList();
        if (reversed) order.Reverse();
        // A second index in another folder, and the index itself in the middle of the files.
        foreach (var i in order.Take(6)) harness.WithAdditionalText("seeds/doc" + i + ".txt", GeneratorFixtures.Document(i));
        harness.WithAdditionalText("seeds/INDEX.md", GeneratorFixtures.Index(12));
        foreach (var i in order.Skip(6)) harness.WithAdditionalText("seeds/doc" + i + ".txt", GeneratorFixtures.Document(i));
        return harness;
    }

    [Fact]
    public void Shuffled_additional_files_give_identical_output()
    {
        Assert.Equal(Hash(Corpus(false).Run()), Hash(Corpus(true).Run()));
    }

    [Fact]
    public void Output_is_identical_under_any_culture()
    {
        var original = CultureInfo.CurrentCulture;
        var originalUi = CultureInfo.CurrentUICulture;
        try
        {
            var hashes = new[] { "en-US", "tr-TR", "de-DE", "ar-SA", "ja-JP" }.Select(name =>
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(name);
                return Hash(GeneratorFixtures.Seeds().Run());
            }).ToList();
            Assert.All(hashes, h => Assert.Equal(hashes[0], h));
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
            CultureInfo.CurrentUICulture = originalUi;
        }
    }
}
