using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using Microsoft.CodeAnalysis;
using SeedGen.Generator;

namespace SeedGen.Benchmarks;

/// <summary>
/// --verify: counts, not times. Runs a warm driver at 1,000 documents through the edits the
/// incremental benchmarks time and prints, for each: Extraction steps re-run, generated files
/// changed (by text), and whether every changed file contains the edited document.
/// Exit code 1 when a target of issue #4 is missed (1 re-extraction and only that document's
/// files for a document edit; nothing for a .cs edit).
/// </summary>
public static class Verify
{
    public static int Run()
    {
        Console.WriteLine(Corpus.Describe());
        var project = new GeneratorProject(IncrementalBenchmarks.DocumentCount);
        var doc = project.Corpus.Documents[IncrementalBenchmarks.EditedDocument];
        Console.WriteLine($"project: {project.Corpus.Documents.Count} documents, {project.Corpus.TotalUtf8Bytes:N0} bytes; edited document: {doc.File}");

        var sw = Stopwatch.StartNew();
        var warm = project.CreateDriver(trackSteps: true).RunGenerators(project.Compilation);
        var fullMs = sw.Elapsed.TotalMilliseconds;
        var before = GeneratorProject.Outputs(warm);
        Report("full run (fresh driver)", warm, null, null, fullMs, null);
        Console.WriteLine($"  generated files: {before.Count}, {before.Values.Sum(t => (long)t.Length):N0} chars; diagnostics: {warm.GetRunResult().Diagnostics.Length}");

        var ok = true;
        var original = project.AdditionalTexts[IncrementalBenchmarks.EditedDocument + 1];

        // 1. An edit that changes what extraction finds: a paragraph appended.
        sw.Restart();
        var edited = warm.ReplaceAdditionalText(original, project.Edited(IncrementalBenchmarks.EditedDocument, 1)).RunGenerators(project.Compilation);
        var ms = sw.Elapsed.TotalMilliseconds;
        var r = Report("edit 1 document of 1,000 (paragraph appended)", edited, before, doc.File, ms, fullMs);
        ok &= r.Extractions == 1 && r.ChangedNotContainingDocument == 0;

        // 2. An edit extraction does not see (trailing whitespace): 1 re-extraction, nothing regenerated.
        sw.Restart();
        var ws = warm.ReplaceAdditionalText(original, new MemoryAdditionalText(original.Path, doc.Text + "\n\n")).RunGenerators(project.Compilation);
        ms = sw.Elapsed.TotalMilliseconds;
        r = Report("edit 1 document of 1,000 (trailing blank lines)", ws, before, doc.File, ms, fullMs);
        ok &= r.Extractions == 1 && r.Changed == 0;

        // 3. A .cs edit: nothing re-extracted, nothing regenerated.
        sw.Restart();
        var cs = warm.RunGenerators(project.WithEditedCSharp(1));
        ms = sw.Elapsed.TotalMilliseconds;
        r = Report("edit Program.cs", cs, before, null, ms, fullMs);
        ok &= r.Extractions == 0 && r.Changed == 0 && r.SourceOutputsRerun == 0;

        Console.WriteLine(ok ? "verify: all incremental targets met" : "verify: SOME INCREMENTAL TARGETS NOT MET");
        Console.WriteLine("(times above are single Stopwatch runs with step tracking on, for orientation only; the benchmarks measure them properly)");
        return ok ? 0 : 1;
    }

    private sealed record Counts(int Extractions, int Changed, int ChangedNotContainingDocument, int SourceOutputsRerun);

    private static Counts Report(string title, GeneratorDriver driver, Dictionary<string, string>? before, string? documentFile, double ms, double? fullMs)
    {
        var result = driver.GetRunResult().Results.Single();
        if (result.Exception is { } ex) throw new InvalidOperationException("The generator threw.", ex);
        Console.WriteLine();
        Console.WriteLine($"== {title}: {ms:F1} ms{(fullMs is { } f ? $" ({100 * ms / f:F1}% of the full run)" : "")}");
        foreach (var name in new[] { TrackingNames.IndexParsed, TrackingNames.ListedEntries, TrackingNames.DocumentInput, TrackingNames.Extraction, TrackingNames.Plan, TrackingNames.Emit })
        {
            Console.WriteLine($"  step {name,-14} {Describe(result.TrackedSteps, name)}");
        }
        var outputs = result.TrackedOutputSteps.TryGetValue("SourceOutput", out var sourceOutput) ? sourceOutput : default;
        var outputsRerun = outputs.IsDefault ? 0 : outputs.Count(s => s.Outputs.Any(o => o.Reason is not IncrementalStepRunReason.Cached));
        Console.WriteLine($"  step {"SourceOutput",-14} {Describe(result.TrackedOutputSteps, "SourceOutput")}");

        var extractions = Reran(result.TrackedSteps, TrackingNames.Extraction);
        if (before is null) return new Counts(extractions, 0, 0, outputsRerun);

        var after = GeneratorProject.Outputs(driver);
        var changed = after.Keys.Union(before.Keys)
            .Where(k => !before.TryGetValue(k, out var b) || !after.TryGetValue(k, out var a) || a != b)
            .OrderBy(k => k, StringComparer.Ordinal).ToList();
        var notContaining = documentFile is null
            ? changed.Count
            : changed.Count(k => !(after.TryGetValue(k, out var a) && a.Contains(documentFile, StringComparison.Ordinal)));
        Console.WriteLine($"  Extraction steps re-run: {extractions}");
        Console.WriteLine($"  generated files changed: {changed.Count} of {after.Count}{(changed.Count > 0 ? ": " + string.Join(", ", changed) : "")}");
        if (documentFile is not null && changed.Count > 0)
        {
            Console.WriteLine($"  changed files that do not contain {documentFile}: {notContaining}");
        }
        return new Counts(extractions, changed.Count, notContaining, outputsRerun);
    }

    private static int Reran(IReadOnlyDictionary<string, System.Collections.Immutable.ImmutableArray<IncrementalGeneratorRunStep>> steps, string name) =>
        steps.TryGetValue(name, out var runs)
            ? runs.Count(s => s.Outputs.Any(o => o.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified or IncrementalStepRunReason.Unchanged))
            : 0;

    private static string Describe(IReadOnlyDictionary<string, System.Collections.Immutable.ImmutableArray<IncrementalGeneratorRunStep>> steps, string name)
    {
        if (!steps.TryGetValue(name, out var runs)) return "(not run)";
        var reasons = runs.SelectMany(s => s.Outputs.Select(o => o.Reason)).GroupBy(r => r).OrderBy(g => g.Key)
            .Select(g => $"{g.Key}={g.Count()}");
        var ms = runs.Sum(s => s.ElapsedTime.TotalMilliseconds);
        return $"{runs.Length} step(s), outputs: {string.Join(" ", reasons)}; {ms:F1} ms";
    }
}
