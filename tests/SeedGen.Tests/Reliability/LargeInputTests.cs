using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
using SeedGen.Diagnostics;
using SeedGen.Tests.Reliability.Fuzz;
using Xunit;
using Xunit.Abstractions;

namespace SeedGen.Tests.Reliability;

/// <summary>
/// Inputs at the sizes the issue names, through the whole generator with the fuzz invariants
/// (no exception, documented diagnostics only, output parses and has SeedGen's shape). Time limits are
/// hang detection only; the measured times go to the test output.
/// </summary>
public sealed class LargeInputTests
{
    private readonly ITestOutputHelper _output;

    public LargeInputTests(ITestOutputHelper output) => _output = output;

    private const string Index = "| File | Title | Published |\n|---|---|---|\n| big.txt | Big | 2024-06-18 |\n";

    /// <summary>News-like text of our own, about <paramref name="chars"/> long, sentences separated by <paramref name="separator"/>.</summary>
    internal static string News(int chars, string separator, ulong seed = 1)
    {
        var rng = new FuzzRandom(seed, 0);
        var sb = new StringBuilder(chars + 200);
        while (sb.Length < chars) sb.Append(FuzzText.Sentence(rng, 0.02)).Append(separator);
        return sb.ToString();
    }

    /// <summary>Long mode (SEEDGEN_FUZZ_CASES set) also parses and binds the biggest outputs; CI keeps to what fits its budget.</summary>
    internal static bool LongMode => Environment.GetEnvironmentVariable("SEEDGEN_FUZZ_CASES") is { Length: > 0 };

    private FuzzRun RunBig(string text, bool semantic, TimeSpan limit, string what, bool syntax = true)
    {
        var watch = Stopwatch.StartNew();
        var run = HangGuard.Run(ct => FuzzRunner.Run(new[] { FuzzFile.FromText(FuzzRunner.IndexPath, Index), FuzzFile.FromText(FuzzRunner.ProjectDirectory + "seeds/big.txt", text) }, ct), limit, what);
        var generated = watch.Elapsed;
        var failures = FuzzChecks.Verify(run, semantic, syntax: syntax);
        _output.WriteLine($"{what}: {text.Length} chars, generator {generated.TotalSeconds:F2} s, generated {run.Result.GeneratedSources.Sum(s => s.SourceText.Length)} chars, checks done after {watch.Elapsed.TotalSeconds:F2} s; diagnostics: {string.Join(", ", run.Diagnostics.Select(d => d.Id))}");
        Assert.True(failures.Count == 0, what + ":\n" + string.Join("\n", failures.Take(10)));
        return run;
    }

    [Fact]
    public void One_megabyte_single_line()
    {
        RunBig(News(1 << 20, " "), semantic: true, TimeSpan.FromSeconds(60), "1 MB on one line");
    }

    [Fact]
    public void Ten_megabyte_document()
    {
        // The emitted code for 10 MB of news is itself ~85 MB: CI checks the run and its diagnostics, long mode also parses
        // and binds it (docs/RELIABILITY.md); the 1 MB case is parsed and bound in CI.
        var text = News(10 << 20, "\n", seed: 2);
        if (LongMode)
        {
            var (extraction, problems) = AdversarialInputTests.Extract(text, "10 MB extraction");
            _output.WriteLine($"10 MB document: extraction alone {extraction.TotalSeconds:F2} s");
            Assert.DoesNotContain(problems, p => p.Id == DiagnosticCatalog.InternalErrorId);
        }
        RunBig(text, semantic: LongMode, TimeSpan.FromSeconds(180), "10 MB document", syntax: LongMode);
    }

    [Fact]
    public void Hundred_thousand_one_word_sentences()
    {
        var words = new[] { "Yes.", "No!", "Why?", "Paris.", "China.", "Monday.", "Said.", "Anna.", "\u201CNo.\u201D", "Ok." };
        var sb = new StringBuilder();
        for (var i = 0; i < 100_000; i++) sb.Append(words[i % words.Length]).Append(i % 7 == 0 ? '\n' : ' ');
        RunBig(sb.ToString(), semantic: true, TimeSpan.FromSeconds(60), "100,000 one-word sentences");
    }

    [Fact]
    public void Index_with_ten_thousand_rows()
    {
        var index = new StringBuilder("| File | Title | Published | Source |\n|---|---|---|---|\n");
        var files = new List<FuzzFile>();
        for (var i = 0; i < 10_000; i++)
        {
            index.Append("| d").Append(i).Append(".txt | Document number ").Append(i).Append(" | 2024-06-18 | Fuzz |\n");
            // Every 10th listed file is missing (SG0004), every 100th row is repeated (SG0005).
            if (i % 10 != 3) files.Add(FuzzFile.FromText(FuzzRunner.ProjectDirectory + "seeds/d" + i + ".txt", i % 50 == 0 ? "Foreign Ministry spokesperson Anna Berg said on Monday that China opposes the new tariffs." : "Nothing here."));
            if (i % 100 == 0) index.Append("| ./d").Append(i).Append(".txt | Again | 2024 | Fuzz |\n");
        }
        files.Add(FuzzFile.FromText(FuzzRunner.IndexPath, index.ToString()));

        var watch = Stopwatch.StartNew();
        var run = HangGuard.Run(ct => FuzzRunner.Run(files, ct), TimeSpan.FromSeconds(120), "10,000 rows");
        var generated = watch.Elapsed;
        // Binding 10,000 document classes takes ~35 s: CI parses and shape-checks them, long mode also binds them.
        var failures = FuzzChecks.Verify(run, semantic: LongMode);
        _output.WriteLine($"10,000 rows: generator {generated.TotalSeconds:F2} s, with compile {watch.Elapsed.TotalSeconds:F2} s, {run.Result.GeneratedSources.Length} files");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(10)));
        Assert.Equal(1000, run.Diagnostics.Count(d => d.Id == DiagnosticCatalog.MissingDocumentId));
        Assert.Equal(100, run.Diagnostics.Count(d => d.Id == DiagnosticCatalog.DuplicateRowId));
    }
}
