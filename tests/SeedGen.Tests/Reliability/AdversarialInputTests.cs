using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using SeedGen.Diagnostics;
using SeedGen.Documents;
using SeedGen.Model;
using SeedGen.Tests.Infrastructure;
using SeedGen.Tests.Reliability.Fuzz;
using Xunit;
using Xunit.Abstractions;

namespace SeedGen.Tests.Reliability;

/// <summary>
/// Bounded time on hostile text. Every limit here is hang detection (generous, never a performance
/// assertion); the measured times and the growth from n to 4n are written to the test output, and the
/// figures in docs/RELIABILITY.md come from bench/ and from these lines.
/// </summary>
public sealed class AdversarialInputTests
{
    private static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(60);

    private readonly ITestOutputHelper _output;

    public AdversarialInputTests(ITestOutputHelper output) => _output = output;

    /// <summary>Patterns that make naive scanners backtrack, rescan or recurse: long runs of one token, deep nesting, endless lists.</summary>
    public static TheoryData<string, string> Patterns => new()
    {
        { "letters", "a" },
        { "open-parens", "(" },
        { "ascii-quotes", "\"" },
        { "curly-open-quotes", "\u201C" },
        { "alternating-quotes", "\u201C\"\u2018'" },
        { "honorifics", "Mr. " },
        { "one-endless-name", "Anna " },
        { "titles", "President " },
        { "title-name-pairs", "Foreign Minister Anna Berg, " },
        { "speech-verbs", "said " },
        { "commas", ", " },
        { "full-stops", ". " },
        { "abbreviations", "U.S. " },
        { "newlines", "\n" },
        { "dashes", "-" },
        { "years", "2024 " },
        { "weekdays", "on Monday " },
        { "date-ranges", "from June 13 to " },
        { "coordination", "China and " },
        { "possessives", "'s " },
        { "capitalised-no-stop", "Capitalized Words Without Stop " },
        { "opposes-chain", "China opposes " },
        { "nested-quotes-speech", "\u201CChina said \u201C" },
        { "combining-marks", "e\u0301\u0302\u0303" },
        { "zero-width", "\u200B" },
        { "lone-surrogates", "\uD800" },
        { "nul", "\0" },
        { "cr", "\r" },
        { "mixed-line-ends", "A.\rB.\r\nC.\u2028" },
        { "news", LargeInputTests.News(16 * 1024, "\n", seed: 5) },
    };

    [Theory]
    [MemberData(nameof(Patterns))]
    public void Adversarial_pattern_is_processed_without_hang_or_internal_error(string name, string unit)
    {
        // SEEDGEN_ADVERSARIAL_KB=1024 measures 1 MB against 4 MB (docs/RELIABILITY.md); CI uses 64 KB and 256 KB.
        var kb = int.TryParse(Environment.GetEnvironmentVariable("SEEDGEN_ADVERSARIAL_KB"), out var k) && k > 0 ? k : 64;
        Extract(Repeat(unit, 4096), name); // warm up (JIT) so that the first measurement is not inflated
        var small = Repeat(unit, kb * 1024);
        var large = Repeat(unit, 4 * kb * 1024);
        var (tSmall, _) = Extract(small, name);
        var (tLarge, problems) = Extract(large, name);
        _output.WriteLine($"{name}: {small.Length} chars {tSmall.TotalMilliseconds:F0} ms, {large.Length} chars {tLarge.TotalMilliseconds:F0} ms, growth x{tLarge.TotalMilliseconds / Math.Max(1, tSmall.TotalMilliseconds):F1} for x4 input");
        Assert.DoesNotContain(problems, p => p.Id == DiagnosticCatalog.InternalErrorId);
    }

    internal static string Repeat(string unit, int chars)
    {
        var sb = new StringBuilder(chars + unit.Length);
        while (sb.Length < chars) sb.Append(unit);
        return sb.ToString();
    }

    internal static (TimeSpan Time, EquatableArray<Problem> Problems) Extract(string text, string what, PartialDate? published = null)
    {
        var watch = Stopwatch.StartNew();
        var result = HangGuard.Run(ct => DocumentProcessor.Extract(new ExtractionInput("/p/doc.txt", "doc.txt", text, published ?? new PartialDate(2024, 6, 18)), ct), HangLimit, what);
        return (watch.Elapsed, result.Problems);
    }

    [Fact]
    public void No_Regex_in_the_engine_can_backtrack_catastrophically()
    {
        // SeedGen reads hostile text: any Regex in src/ must be NonBacktracking or carry a match timeout.
        var src = Path.Combine(TestPaths.RepositoryRoot, "src");
        var offenders = Directory.GetFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .SelectMany(f => File.ReadAllLines(f).Select((line, i) => (File: f, Line: i + 1, Text: line)))
            .Where(l => l.Text.Contains("Regex", StringComparison.Ordinal) && !l.Text.TrimStart().StartsWith("//", StringComparison.Ordinal))
            .Where(l => !l.Text.Contains("NonBacktracking", StringComparison.Ordinal) && !l.Text.Contains("TimeSpan", StringComparison.Ordinal))
            .Select(l => Path.GetRelativePath(TestPaths.RepositoryRoot, l.File) + ":" + l.Line + ": " + l.Text.Trim())
            .ToList();
        Assert.True(offenders.Count == 0, "Regex without RegexOptions.NonBacktracking or a match timeout:\n" + string.Join("\n", offenders));
    }
}
