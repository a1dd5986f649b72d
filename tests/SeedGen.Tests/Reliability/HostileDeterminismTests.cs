using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using SeedGen.Tests.Reliability.Fuzz;
using Xunit;

namespace SeedGen.Tests.Reliability;

/// <summary>
/// Extends Generator/DeterminismTests (the seed corpus, reversed order) to hostile inputs: two fuzz cases of every
/// kind give byte-identical output and diagnostics under tr-TR, de-DE, ar-SA and ja-JP and with the AdditionalFiles
/// in three shuffled orders; the hashes are compared.
/// </summary>
public sealed class HostileDeterminismTests
{
    private static readonly string[] Cultures = { "tr-TR", "de-DE", "ar-SA", "ja-JP" };

    internal static string Hash(FuzzRun run)
    {
        var all = new StringBuilder();
        foreach (var s in run.Result.GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal))
            all.Append(s.HintName).Append('\0').Append(s.SourceText).Append('\0');
        foreach (var d in run.Diagnostics.Select(d => d.ToString()).OrderBy(s => s, StringComparer.Ordinal)) all.Append(d).Append('\0');
        return Convert.ToHexString(SHA256.HashData(new UTF8Encoding(false, false).GetBytes(all.ToString())));
    }

    public static IEnumerable<object[]> Cases() =>
        Enumerable.Range(0, 2 * FuzzCases.Kinds.Length).Select(i => new object[] { (long)(1_000_000 + i) });

    [Theory]
    [MemberData(nameof(Cases))]
    public void Same_inputs_give_identical_output_under_any_culture_and_file_order(long index)
    {
        var fuzzCase = FuzzCases.Create(index);
        var baseline = Hash(FuzzRunner.Run(fuzzCase.Files));
        var hashes = new List<(string What, string Hash)>();

        var original = CultureInfo.CurrentCulture;
        var originalUi = CultureInfo.CurrentUICulture;
        try
        {
            foreach (var name in Cultures)
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(name);
                hashes.Add((name, Hash(FuzzRunner.Run(fuzzCase.Files))));
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
            CultureInfo.CurrentUICulture = originalUi;
        }

        for (var k = 0; k < 3; k++)
        {
            var shuffled = fuzzCase.Files.ToList();
            new FuzzRandom(FuzzCases.Seed, index * 10 + k).Shuffle(shuffled);
            hashes.Add(("shuffle " + k, Hash(FuzzRunner.Run(shuffled))));
        }

        var different = hashes.Where(h => h.Hash != baseline).Select(h => h.What).ToList();
        Assert.True(different.Count == 0, fuzzCase.Describe() + "\noutput differs under: " + string.Join(", ", different));
    }
}
