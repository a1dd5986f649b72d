using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using SeedGen.Tests.Infrastructure;
using SeedGen.Tests.Reliability.Fuzz;
using Xunit;
using Xunit.Abstractions;

namespace SeedGen.Tests.Reliability;

/// <summary>
/// Fuzzing of the whole generator (docs/RELIABILITY.md). Every CI run checks <see cref="FuzzSession.CiCases"/>
/// deterministic malformed cases, split over two test classes so that xUnit runs the halves in parallel.
/// Long mode: <c>SEEDGEN_FUZZ_CASES=100000 dotnet test tests/SeedGen.Tests -c Release --filter "FullyQualifiedName~Reliability.Fuzz"</c>;
/// the count, time and diagnostics seen are written to the test output and to <c>artifacts/fuzz/</c>.
/// </summary>
public sealed class FuzzFirstHalfTests
{
    private readonly ITestOutputHelper _output;

    public FuzzFirstHalfTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Malformed_inputs_first_half() => FuzzSession.Run(0, _output);
}

public sealed class FuzzSecondHalfTests
{
    private readonly ITestOutputHelper _output;

    public FuzzSecondHalfTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Malformed_inputs_second_half() => FuzzSession.Run(1, _output);
}

internal static class FuzzSession
{
    /// <summary>Cases per CI run (both halves): 144 of each of the 14 kinds.</summary>
    public const int CiCases = 2016;

    /// <summary>In CI every case whose output shape is new, and 1 case in 20 anyway, is also compiled; in long mode 1 case in 100.</summary>
    public const int CiCompileEvery = 20;

    public const int LongCompileEvery = 100;

    public static int Cases
    {
        get
        {
            var value = Environment.GetEnvironmentVariable("SEEDGEN_FUZZ_CASES");
            return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : CiCases;
        }
    }

    /// <summary>First case index (SEEDGEN_FUZZ_START): to replay one case, set it and SEEDGEN_FUZZ_CASES=1... or call FuzzCases.Create(n).</summary>
    public static long Start
    {
        get
        {
            var value = Environment.GetEnvironmentVariable("SEEDGEN_FUZZ_START");
            return long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
        }
    }

    public static void Run(int half, ITestOutputHelper output)
    {
        var total = Cases;
        var longMode = total > CiCases;
        var compileEvery = longMode ? LongCompileEvery : CiCompileEvery;
        var from = Start + (half == 0 ? 0 : total / 2);
        var to = Start + (half == 0 ? total / 2 : total);

        var watch = Stopwatch.StartNew();
        var failures = new List<string>();
        var failed = 0;
        var compiled = 0;
        var knownBugs = 0;
        var knownExamples = new List<string>();
        long generateTicks = 0, checkTicks = 0, compileTicks = 0;
        var shapes = new HashSet<string>(StringComparer.Ordinal);
        var ids = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var kinds = new SortedDictionary<string, int>(StringComparer.Ordinal);
        for (var i = from; i < to; i++)
        {
            FuzzCase fuzzCase;
            List<string> problems;
            try
            {
                fuzzCase = FuzzCases.Create(i);
            }
            catch (Exception e)
            {
                failed++;
                if (failures.Count < 20) failures.Add("case #" + i + ": the case generator threw: " + e);
                continue;
            }
            kinds[fuzzCase.Kind] = kinds.GetValueOrDefault(fuzzCase.Kind) + 1;
            try
            {
                var t0 = Stopwatch.GetTimestamp();
                var run = HangGuard.Run(() => FuzzRunner.Run(fuzzCase.Files), TimeSpan.FromSeconds(60), "case #" + i);
                generateTicks += Stopwatch.GetTimestamp() - t0;
                foreach (var d in run.Diagnostics)
                {
                    ids[d.Id] = ids.GetValueOrDefault(d.Id) + 1;
                    if (FuzzChecks.KnownBug(d) is { } known)
                    {
                        knownBugs++;
                        if (knownExamples.Count < 3) knownExamples.Add("case #" + i + ": " + d.GetMessage(CultureInfo.InvariantCulture));
                    }
                }
                // Long mode saves the shape walk too: syntax and shape checks for every case, a compile for 1 in 100.
                var semantic = longMode ? i % compileEvery == 0 : HasNewShape(run, shapes) || i % compileEvery == 0;
                if (semantic) compiled++;
                var t1 = Stopwatch.GetTimestamp();
                problems = FuzzChecks.Verify(run, semantic);
                (semantic ? ref compileTicks : ref checkTicks) += Stopwatch.GetTimestamp() - t1;
                if (problems.Count > 0 && failures.Count < 5) Dump(fuzzCase, run);
            }
            catch (Exception e)
            {
                problems = new List<string> { "exception escaped: " + e };
            }
            if (longMode && (i - from + 1) % 1000 == 0) WriteReport(half, $"in progress: {i - from + 1} of {to - from} cases done, {failed} failed, {knownBugs} known, {watch.Elapsed.TotalSeconds:F0} s\n");
            if (problems.Count > 0)
            {
                failed++;
                if (failures.Count < 20) failures.Add(fuzzCase.Describe() + "\n  => " + string.Join("\n  => ", problems.Take(5)));
            }
        }
        watch.Stop();

        var summary = new StringBuilder();
        summary.Append(CultureInfo.InvariantCulture, $"SeedGen fuzz, half {half}: cases {from}..{to - 1} ({to - from} cases, seed 0x{FuzzCases.Seed:X16}), ");
        summary.Append(CultureInfo.InvariantCulture, $"{compiled} also compiled, {failed} failed, {watch.Elapsed.TotalSeconds:F1} s ");
        summary.Append(CultureInfo.InvariantCulture, $"(generator {Seconds(generateTicks):F1} s, checks {Seconds(checkTicks):F1} s, checks with compile {Seconds(compileTicks):F1} s)\n");
        summary.Append("kinds: ").Append(string.Join(", ", kinds.Select(p => p.Key + "=" + p.Value))).Append('\n');
        summary.Append("diagnostics: ").Append(string.Join(", ", ids.Select(p => p.Key + "=" + p.Value))).Append('\n');
        if (knownBugs > 0)
            summary.Append(CultureInfo.InvariantCulture, $"known extraction bugs hit (SG0011, see docs/RELIABILITY.md): {knownBugs}, e.g.\n  ").Append(string.Join("\n  ", knownExamples)).Append('\n');
        output.WriteLine(summary.ToString());
        WriteReport(half, summary.ToString());

        if (failed > 0)
            Assert.Fail(failed + " of " + (to - from) + " fuzz cases failed (first " + failures.Count + " below).\n\n" + string.Join("\n\n", failures));
    }

    /// <summary>
    /// Whether a case is worth a full compile: its generated code is cut into lines (SeedGen emits one declaration or
    /// one list element per line), each line reduced to its shape (string and number literals blanked, each identifier
    /// reduced to its class: lower-case ASCII, @keyword, non-ASCII, combining marks, leading '_', long, an object
    /// member's name...). A case is compiled when one of its line shapes was never seen in this run: cases that differ
    /// only in literal contents or in ordinary names add nothing a compile could find that the syntax check does not.
    /// </summary>
    private static bool HasNewShape(FuzzRun run, HashSet<string> seen)
    {
        var isNew = false;
        foreach (var source in run.Result.GeneratedSources)
        {
            if (source.HintName == "SeedGen.Types.g.cs") continue;
            var text = source.SourceText;
            var line = -1;
            var sb = new StringBuilder();
            foreach (var token in source.SyntaxTree.GetRoot().DescendantTokens())
            {
                var at = text.Lines.GetLineFromPosition(token.SpanStart).LineNumber;
                if (at != line)
                {
                    if (sb.Length > 0 && seen.Add(sb.ToString())) isNew = true;
                    sb.Clear();
                    line = at;
                }
                var kind = (Microsoft.CodeAnalysis.CSharp.SyntaxKind)token.RawKind;
                if (kind == Microsoft.CodeAnalysis.CSharp.SyntaxKind.IdentifierToken) sb.Append(IdentifierClass(token.Text));
                else if (kind is Microsoft.CodeAnalysis.CSharp.SyntaxKind.StringLiteralToken or Microsoft.CodeAnalysis.CSharp.SyntaxKind.NumericLiteralToken) sb.Append('L');
                else sb.Append(token.Text);
                sb.Append(' ');
            }
            if (sb.Length > 0 && seen.Add(sb.ToString())) isNew = true;
        }
        return isNew;
    }

    private static string IdentifierClass(string text)
    {
        if (FuzzChecks.TopLevelTypes.Contains(text) || text is "global" or "System" or "Collections" or "Generic" or "IReadOnlyList" or "All" or "Document" or "Officials" or "OfficialNames" or "Events" or "Positions" or "Concat" or "T" or "Title" or "Source" or "File" or "Published")
            return text;
        var c = new StringBuilder("I");
        if (text.StartsWith('@')) c.Append('@');
        if (text.All(ch => ch is >= 'a' and <= 'z' || ch == '@')) c.Append('l');
        if (text.Any(ch => ch > '\u007f')) c.Append('u');
        if (text.StartsWith('_') || text.StartsWith("@_", StringComparison.Ordinal)) c.Append('_');
        if (text.Any(ch => char.GetUnicodeCategory(ch) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.LetterNumber or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ModifierLetter or UnicodeCategory.TitlecaseLetter)) c.Append('m');
        if (text.Length > 80) c.Append('+');
        if (text.Length > 500) c.Append('+');
        if (text is "Equals" or "ToString" or "GetHashCode" or "GetType" or "ReferenceEquals" or "MemberwiseClone" or "Finalize") c.Append(text);
        return c.ToString();
    }

    /// <summary>Writes a failing case's inputs and outputs to artifacts/fuzz/case-N/ for inspection.</summary>
    private static void Dump(FuzzCase fuzzCase, FuzzRun run)
    {
        try
        {
            var dir = Path.Combine(TestPaths.RepositoryRoot, "artifacts", "fuzz", "case-" + fuzzCase.Index.ToString(CultureInfo.InvariantCulture));
            Directory.CreateDirectory(dir);
            var n = 0;
            var utf8 = new UTF8Encoding(false, false); // lone surrogates become U+FFFD instead of throwing
            foreach (var f in fuzzCase.Files) File.WriteAllText(Path.Combine(dir, "input" + n++ + ".txt"), f.Path + "\n" + f.Text, utf8);
            foreach (var s in run.Result.GeneratedSources) File.WriteAllText(Path.Combine(dir, s.HintName), s.SourceText.ToString(), utf8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }

    private static double Seconds(long ticks) => ticks / (double)Stopwatch.Frequency;

    private static void WriteReport(int half, string summary)
    {
        try
        {
            var dir = Path.Combine(TestPaths.RepositoryRoot, "artifacts", "fuzz");
            Directory.CreateDirectory(dir);
            File.WriteAllText(Path.Combine(dir, "fuzz-half" + half + ".txt"), summary);
        }
        catch (IOException)
        {
            // The report is a convenience; the test output has the same lines.
        }
    }
}
