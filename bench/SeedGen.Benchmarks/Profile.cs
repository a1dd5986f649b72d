using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Diagnostics.Tracing;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing.Etlx;
using Microsoft.Diagnostics.Tracing.Parsers;
using SeedGen.Documents;
using SeedGen.Emit;
using SeedGen.Index;
using SeedGen.Model;
using BenchCorpus = SeedGen.Benchmarks.Corpus;

namespace SeedGen.Benchmarks;

/// <summary>
/// --profile [N]: where the time goes, without external tools.
/// 1. Stopwatch per pipeline stage, calling the same public engine steps the generator's
///    pipeline calls (IndexParser, DocumentProcessor.Extract, CorpusAssembler, CorpusPlanner,
///    SourceEmitter), then the driver run as a whole, then compiling the generated code
///    (binding + emit with Roslyn in process), best of several runs.
/// 2. Driver runs as BenchmarkDotNet times them, with their collections and GC pauses, and
///    what a finished run keeps alive.
/// 3. A sampling profile of the driver run: an EventPipe session on this very process
///    (the SampleProfiler provider, as dotnet-trace uses, plus allocation ticks), aggregated
///    by method (see <see cref="StageProfile.Sample(Action, string, bool, string)"/>).
/// </summary>
public static class Profile
{
    public static int Run(int count)
    {
        if (Environment.GetEnvironmentVariable("SEEDGEN_PROFILE_EXTRACT") == "1"
            || Environment.GetEnvironmentVariable("SEEDGEN_PROFILE_EMIT") == "1"
            || Environment.GetEnvironmentVariable("SEEDGEN_PROFILE_PLAN") == "1"
            || Environment.GetEnvironmentVariable("SEEDGEN_PROFILE_CORPUS") == "1")
        {
            // one stage alone (see StageProfile), much faster than the whole pipeline
            return StageProfile.Run(count, Environment.GetEnvironmentVariable("SEEDGEN_PROFILE_FILE"));
        }
        Console.WriteLine(BenchCorpus.Describe());
        var project = new GeneratorProject(count);
        var corpus = project.Corpus;
        Console.WriteLine($"profile at {count} documents, {corpus.TotalUtf8Bytes:N0} bytes; {Environment.ProcessorCount} logical CPUs; doc comments: DocumentationMode.{GeneratorProject.DocumentationMode}; best of 5 (after 2 warm-ups)");
        Console.WriteLine();

        var stages = new SortedDictionary<double, (string Name, double Best, long Allocated)>();
        var allocMark = GC.GetAllocatedBytesForCurrentThread();
        void Stage(double order, string name, double ms)
        {
            // Allocated bytes since the previous stage ended (this thread; the same every run).
            var now = GC.GetAllocatedBytesForCurrentThread();
            var allocated = now - allocMark;
            stages[order] = stages.TryGetValue(order, out var s) ? (name, Math.Min(s.Best, ms), allocated) : (name, ms, allocated);
            allocMark = GC.GetAllocatedBytesForCurrentThread();
        }

        var ns = "BenchProject.Seeds";
        var published = corpus.Documents.Select(d => PartialDate.TryParse(d.Published, out var p) ? p : (PartialDate?)null).ToArray();
        var allocExtract = 0L;
        for (var run = 0; run < 7; run++)
        {
            allocMark = GC.GetAllocatedBytesForCurrentThread();
            var sw = Stopwatch.StartNew();
            var index = IndexParser.Parse(GeneratorProject.SeedsDir + "INDEX.md", corpus.Index);
            Stage(0, "IndexParser.Parse (INDEX.md)", sw.Elapsed.TotalMilliseconds);

            var alloc0 = GC.GetAllocatedBytesForCurrentThread();
            sw.Restart();
            var extracted = new List<ExtractedDocument>(corpus.Documents.Count);
            for (var i = 0; i < corpus.Documents.Count; i++)
            {
                var d = corpus.Documents[i];
                extracted.Add(DocumentProcessor.Extract(new ExtractionInput(GeneratorProject.SeedsDir + d.File, d.File, d.Text, published[i])));
            }
            Stage(1, "DocumentProcessor.Extract (all documents)", sw.Elapsed.TotalMilliseconds);
            allocExtract = GC.GetAllocatedBytesForCurrentThread() - alloc0;

            sw.Restart();
            var assembled = CorpusAssembler.Assemble(new[] { index }, extracted);
            Stage(2, "CorpusAssembler.Assemble", sw.Elapsed.TotalMilliseconds);

            sw.Restart();
            var plan = CorpusPlanner.Plan(assembled, new EmitOptions(ns));
            Stage(3, "CorpusPlanner.Plan (plans every document too, as the CLI does)", sw.Elapsed.TotalMilliseconds);

            var locals = extracted.Select(e => DocumentPlanner.Plan(e)).ToList();
            allocMark = GC.GetAllocatedBytesForCurrentThread();
            sw.Restart();
            CorpusPlanner.Plan(assembled, locals, new EmitOptions(ns));
            Stage(3.5, "  of which the corpus step alone (document plans cached, as in the generator; 7 runs, so not fully optimised yet: SEEDGEN_PROFILE_CORPUS=1 times it warm)", sw.Elapsed.TotalMilliseconds);

            sw.Restart();
            var emitted = plan.Sources.Select(SourceEmitter.Emit).ToList();
            Stage(4, "SourceEmitter.Emit (all files)", sw.Elapsed.TotalMilliseconds);

            sw.Restart();
            var trees = emitted.Select(g => CSharpSyntaxTree.ParseText(Microsoft.CodeAnalysis.Text.SourceText.From(g.Text, Encoding.UTF8), GeneratorProject.ParseOptions, g.HintName)).ToList();
            Stage(5, "Parse generated files (SourceText + syntax trees)", sw.Elapsed.TotalMilliseconds);

            sw.Restart();
            var driver = project.CreateDriver().RunGeneratorsAndUpdateCompilation(project.Compilation, out var outputCompilation, out _);
            Stage(6, "= whole driver run (RunGeneratorsAndUpdateCompilation)", sw.Elapsed.TotalMilliseconds);

            sw.Restart();
            var diagnostics = outputCompilation.GetDiagnostics();
            Stage(7, "Compile generated code: bind (GetDiagnostics)", sw.Elapsed.TotalMilliseconds);

            sw.Restart();
            using (var pe = new MemoryStream()) outputCompilation.Emit(pe);
            Stage(8, "Compile generated code: emit IL (after binding)", sw.Elapsed.TotalMilliseconds);

            sw.Restart();
            var fresh = (CSharpCompilation)project.Compilation.AddSyntaxTrees(trees);
            using (var pe = new MemoryStream()) fresh.Emit(pe);
            Stage(9, "Compile generated code from scratch (parse done; bind + emit)", sw.Elapsed.TotalMilliseconds);

            if (run == 0)
            {
                var generatedChars = emitted.Sum(e => (long)e.Text.Length);
                Console.WriteLine($"generated: {emitted.Count} files, {generatedChars:N0} chars ({(double)generatedChars / corpus.TotalChars:F2} chars per input char); " +
                    $"records: {extracted.Sum(e => e.Records.Officials.Count)} officials, {extracted.Sum(e => e.Records.Events.Count)} events, {extracted.Sum(e => e.Records.Positions.Count)} positions; " +
                    $"compile errors: {diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error)}");
            }
        }

        Console.WriteLine();
        Console.WriteLine("| Stage | ms (best of 5) | MB allocated |");
        Console.WriteLine("|---|---:|---:|");
        foreach (var s in stages.Values) Console.WriteLine($"| {s.Name} | {s.Best:F1} | {s.Allocated / 1e6:F1} |");
        var extractMs = stages[1].Best;
        Console.WriteLine();
        Console.WriteLine($"extraction: {corpus.TotalUtf8Bytes / (extractMs / 1000) / 1e6:F2} MB/s, {(double)allocExtract / corpus.TotalUtf8Bytes:F2} allocated bytes per input byte, {extractMs * 1000 / corpus.Documents.Count:F0} us per document");

        Console.WriteLine();
        DriverRunsWithGc(project);
        Console.WriteLine();
        if (Environment.GetEnvironmentVariable("SEEDGEN_PROFILE_SAMPLE") != "0") Sample(project);
        return 0;
    }

    /// <summary>
    /// Driver runs the way BenchmarkDotNet times them (a full collection before each run, the run's
    /// garbage collections inside it), each with its collections by generation and GC pause time:
    /// the part of a mean that best-of-N Stopwatch figures hide.
    /// </summary>
    internal static void DriverRunsWithGc(GeneratorProject project)
    {
        const int runs = 8;
        Console.WriteLine($"driver runs as BenchmarkDotNet times them (full GC before each), {runs} runs:");
        Console.WriteLine("| run | ms | gen0 | gen1 | gen2 | GC pause ms | MB allocated |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|");
        var times = new List<double>();
        var pauses = new List<double>();
        for (var run = 1; run <= runs; run++)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var g0 = GC.CollectionCount(0);
            var g1 = GC.CollectionCount(1);
            var g2 = GC.CollectionCount(2);
            var pause = GC.GetTotalPauseDuration();
            var allocated = GC.GetTotalAllocatedBytes(precise: false);
            var sw = Stopwatch.StartNew();
            GC.KeepAlive(project.CreateDriver().RunGenerators(project.Compilation));
            var ms = sw.Elapsed.TotalMilliseconds;
            var pauseMs = (GC.GetTotalPauseDuration() - pause).TotalMilliseconds;
            times.Add(ms);
            pauses.Add(pauseMs);
            Console.WriteLine($"| {run} | {ms:F1} | {GC.CollectionCount(0) - g0} | {GC.CollectionCount(1) - g1} | {GC.CollectionCount(2) - g2} | {pauseMs:F1} | {(GC.GetTotalAllocatedBytes(precise: false) - allocated) / 1e6:F1} |");
        }
        times.Sort();
        Console.WriteLine($"mean {times.Average():F1} ms, median {(times[runs / 2 - 1] + times[runs / 2]) / 2:F1} ms, of which GC pauses {pauses.Average():F1} ms on average");
        // what a finished run keeps alive (its state tables and generated texts): what the collections during a run copy
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var kept = project.CreateDriver().RunGenerators(project.Compilation);
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(kept);
        Console.WriteLine($"a finished driver keeps {(after - before) / 1e6:F1} MB alive");
    }

    /// <summary>The sampling profile of repeated driver runs (CPU and allocations; see <see cref="StageProfile"/>).</summary>
    internal static void Sample(GeneratorProject project) =>
        StageProfile.Sample(() => project.CreateDriver().RunGenerators(project.Compilation), "GeneratorDriver", cold: false, what: "driver");

    /// <summary>A title line and the top <paramref name="count"/> entries by value, as shares of <paramref name="total"/>.</summary>
    internal static void PrintTop(string title, IEnumerable<KeyValuePair<string, long>> entries, long total, int count, bool shorten)
    {
        Console.WriteLine(title);
        foreach (var p in entries.OrderByDescending(p => p.Value).Take(count))
        {
            Console.WriteLine($"  {100.0 * p.Value / total,5:F1}%  {(shorten ? Short(p.Key) : p.Key)}");
        }
    }

    internal static string Short(string method) => method.Length > 160 ? method.Substring(0, 160) + "..." : method;
}

/// <summary>
/// --profile N with one stage alone.
/// SEEDGEN_PROFILE_EXTRACT=1: times Extractor.Extract over the N-document corpus (or over the single file
/// SEEDGEN_PROFILE_FILE, for the large-document case), best of SEEDGEN_PROFILE_RUNS runs (default 7), with
/// allocated bytes per input byte and the extraction stages one by one (SEEDGEN_PROFILE_TOKENS=1 adds the cost
/// of interning alone). SEEDGEN_PROFILE_EMIT=1, SEEDGEN_PROFILE_PLAN=1 and SEEDGEN_PROFILE_CORPUS=1 do the same
/// for the emitter, the per-document plans and the corpus step.
/// Then an EventPipe session over that stage only records both CPU samples and GC AllocationTick events (about
/// one per 100 KB allocated), aggregated by method, by allocated type and by the innermost SeedGen frame that
/// asked for the allocation. SEEDGEN_PROFILE_SAMPLE=0 skips the EventPipe part.
/// </summary>
public static class StageProfile
{
    public static int Run(int count, string? file)
    {
        if (Environment.GetEnvironmentVariable("SEEDGEN_PROFILE_EMIT") == "1") return SampleEmit(count, planOnly: false);
        if (Environment.GetEnvironmentVariable("SEEDGEN_PROFILE_PLAN") == "1") return SampleEmit(count, planOnly: true);
        if (Environment.GetEnvironmentVariable("SEEDGEN_PROFILE_CORPUS") == "1") return SampleCorpusStep(count);
        var texts = new List<(string Text, PartialDate? Published)>();
        if (!string.IsNullOrEmpty(file))
        {
            texts.Add((File.ReadAllText(file), new PartialDate(2024, 6, 18)));
        }
        else
        {
            var corpus = BenchCorpus.Get(count);
            foreach (var d in corpus.Documents) texts.Add((d.Text, PartialDate.TryParse(d.Published, out var p) ? p : null));
        }
        long bytes = texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t.Text));
        Console.WriteLine($"extraction profile: {texts.Count} documents, {bytes:N0} bytes");
        if (Environment.GetEnvironmentVariable("SEEDGEN_PROFILE_PARALLEL") == "1")
        {
            // the shared word table filled by several threads at once must give what one thread gives
            var parallel = new SeedGen.Model.ExtractionResult[texts.Count];
            Parallel.For(0, texts.Count, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => parallel[i] = SeedGen.Extraction.Extractor.Extract(texts[i].Text, texts[i].Published));
            var differ = 0;
            for (var i = 0; i < texts.Count; i++)
            {
                if (!parallel[i].Equals(SeedGen.Extraction.Extractor.Extract(texts[i].Text, texts[i].Published))) differ++;
            }
            Console.WriteLine($"parallel vs sequential: {differ} of {texts.Count} documents differ");
            return differ == 0 ? 0 : 1;
        }
        if (Environment.GetEnvironmentVariable("SEEDGEN_PROFILE_COLD") == "1")
        {
            // the first run only, as a one-shot CLI process runs it: mostly not yet optimised code
            Sample(texts, cold: true);
            return 0;
        }
        var runs = int.TryParse(Environment.GetEnvironmentVariable("SEEDGEN_PROFILE_RUNS"), out var r) && r > 0 ? r : texts.Count == 1 ? 5 : 7;
        var best = double.MaxValue;
        long alloc = 0;
        for (var run = 0; run < runs; run++)
        {
            var a0 = GC.GetAllocatedBytesForCurrentThread();
            var pause0 = GC.GetTotalPauseDuration();
            int g0 = GC.CollectionCount(0), g1 = GC.CollectionCount(1), g2 = GC.CollectionCount(2);
            var sw = Stopwatch.StartNew();
            foreach (var t in texts) SeedGen.Extraction.Extractor.Extract(t.Text, t.Published);
            var ms = sw.Elapsed.TotalMilliseconds;
            alloc = GC.GetAllocatedBytesForCurrentThread() - a0;
            best = Math.Min(best, ms);
            Console.WriteLine($"  run {run}: {ms:F1} ms; GC pauses {(GC.GetTotalPauseDuration() - pause0).TotalMilliseconds:F0} ms, collections gen0/1/2: {GC.CollectionCount(0) - g0}/{GC.CollectionCount(1) - g1}/{GC.CollectionCount(2) - g2}");
        }
        Console.WriteLine($"extraction: {bytes / (best / 1000) / 1e6:F2} MB/s, {(double)alloc / bytes:F2} allocated bytes per input byte, best {best:F1} ms");
        Console.WriteLine();
        Stages(texts, runs);
        if (Environment.GetEnvironmentVariable("SEEDGEN_PROFILE_SAMPLE") == "0") return 0;
        Sample(texts);
        return 0;
    }

    /// <summary>The extraction stages one by one (the order Extractor runs them), best of <paramref name="runs"/> per stage.</summary>
    private static void Stages(List<(string Text, PartialDate? Published)> texts, int runs)
    {
        var names = new[] { "Tokenizer.Tokenize", "SentenceSplitter.Split + line starts (rest of Document)", "PeopleFinder.Find", "Actors", "CountryResolver.Resolve", "officials list", "EventFinder.Find", "PositionFinder.Find", "ExtractionResult" };
        var best = Enumerable.Repeat(double.MaxValue, names.Length).ToArray();
        var ticks = new long[names.Length];
        for (var run = 0; run < runs; run++)
        {
            Array.Clear(ticks);
            foreach (var t in texts)
            {
                var t0 = Stopwatch.GetTimestamp();
                var scratch = SeedGen.Extraction.TokenScratch.Rent();
                SeedGen.Extraction.Tokenizer.Tokenize(t.Text, CancellationToken.None, scratch);
                scratch.Return();
                var t1 = Stopwatch.GetTimestamp();
                var doc = new SeedGen.Extraction.Document(t.Text, t.Published, CancellationToken.None);
                var t2 = Stopwatch.GetTimestamp();
                var people = SeedGen.Extraction.PeopleFinder.Find(doc, CancellationToken.None);
                var t3 = Stopwatch.GetTimestamp();
                var actors = new SeedGen.Extraction.Actors(doc, people, CancellationToken.None);
                var t4 = Stopwatch.GetTimestamp();
                SeedGen.Extraction.CountryResolver.Resolve(doc, actors, people);
                var t5 = Stopwatch.GetTimestamp();
                var officials = new List<Official>();
                foreach (var p in people.People)
                {
                    if (!p.IsOfficial) continue;
                    officials.Add(new Official(p.Name, p.Title, p.Organization, p.Country, doc.EvidenceFor(p.RoleSentence ?? p.FirstSentence)));
                }
                var t6 = Stopwatch.GetTimestamp();
                var events = SeedGen.Extraction.EventFinder.Find(doc, actors, CancellationToken.None);
                var t7 = Stopwatch.GetTimestamp();
                var positions = SeedGen.Extraction.PositionFinder.Find(doc, actors, CancellationToken.None);
                var t8 = Stopwatch.GetTimestamp();
                GC.KeepAlive(new ExtractionResult(officials.ToEquatableArray(), events.ToEquatableArray(), positions.ToEquatableArray()));
                var t9 = Stopwatch.GetTimestamp();
                doc.Scratch.Return();
                ticks[0] += t1 - t0;
                ticks[1] += t2 - t1 - (t1 - t0);
                ticks[2] += t3 - t2;
                ticks[3] += t4 - t3;
                ticks[4] += t5 - t4;
                ticks[5] += t6 - t5;
                ticks[6] += t7 - t6;
                ticks[7] += t8 - t7;
                ticks[8] += t9 - t8;
            }
            for (var i = 0; i < names.Length; i++) best[i] = Math.Min(best[i], ticks[i] * 1000.0 / Stopwatch.Frequency);
        }
        Console.WriteLine($"| Extraction stage (best of {runs}) | ms |");
        Console.WriteLine("|---|---:|");
        for (var i = 0; i < names.Length; i++) Console.WriteLine($"| {names[i]} | {best[i]:F1} |");
        Console.WriteLine($"| sum | {best.Sum():F1} |");
        if (Environment.GetEnvironmentVariable("SEEDGEN_PROFILE_TOKENS") == "1") TokenCosts(texts, runs);
    }

    private static void TokenCosts(List<(string Text, PartialDate? Published)> texts, int runs)
    {
        var lists = texts.Select(t => SeedGen.Extraction.Tokenizer.Tokenize(t.Text, CancellationToken.None)).ToList();
        double bHash = double.MaxValue, bFind = double.MaxValue, bKind = double.MaxValue;
        long sink = 0;
        for (var run = 0; run < runs; run++)
        {
            var sw = Stopwatch.StartNew();
            for (var d = 0; d < texts.Count; d++)
            {
                var l = lists[d];
                for (var i = 0; i < l.Count; i++) sink += SeedGen.Extraction.WordTable.Hash(texts[d].Text, l[i].Start, l[i].End, l[i].Kind);
            }
            bHash = Math.Min(bHash, sw.Elapsed.TotalMilliseconds);
            sw.Restart();
            for (var d = 0; d < texts.Count; d++)
            {
                var l = lists[d];
                var text = texts[d].Text;
                for (var i = 0; i < l.Count; i++)
                {
                    var h = SeedGen.Extraction.WordTable.Hash(text, l[i].Start, l[i].End, l[i].Kind);
                    sink += SeedGen.Extraction.WordTable.Shared.Find(text, l[i].Start, l[i].End, l[i].Kind, h) is null ? 1 : 0;
                }
            }
            bFind = Math.Min(bFind, sw.Elapsed.TotalMilliseconds);
            sw.Restart();
            for (var d = 0; d < texts.Count; d++)
            {
                var l = lists[d];
                for (var i = 0; i < l.Count; i++) sink += (int)l[i].Kind;
            }
            bKind = Math.Min(bKind, sw.Elapsed.TotalMilliseconds);
        }
        Console.WriteLine($"tokens {lists.Sum(l => l.Count):N0}: hash {bHash:F1} ms, hash+find {bFind:F1} ms, read Kind of every token {bKind:F1} ms ({sink})");
    }

    /// <summary>
    /// SEEDGEN_PROFILE_EMIT=1: the same CPU and allocation sampling over emitting every file of the corpus plan;
    /// SEEDGEN_PROFILE_PLAN=1: over planning every document (the generator's per-document plan step).
    /// </summary>
    private static int SampleEmit(int count, bool planOnly)
    {
        var corpus = BenchCorpus.Get(count);
        var index = IndexParser.Parse(GeneratorProject.SeedsDir + "INDEX.md", corpus.Index);
        var extracted = corpus.Documents.Select(d => DocumentProcessor.Extract(new ExtractionInput(GeneratorProject.SeedsDir + d.File, d.File, d.Text,
            PartialDate.TryParse(d.Published, out var p) ? p : null))).ToList();
        var plan = CorpusPlanner.Plan(CorpusAssembler.Assemble(new[] { index }, extracted), new EmitOptions("BenchProject.Seeds"));
        if (planOnly)
        {
            var a0 = GC.GetAllocatedBytesForCurrentThread();
            foreach (var e in extracted) DocumentPlanner.Plan(e);
            Console.WriteLine($"plan profile: {extracted.Count} documents, {(GC.GetAllocatedBytesForCurrentThread() - a0) / 1e6:F1} MB allocated per planning of all documents");
            if (Environment.GetEnvironmentVariable("SEEDGEN_PROFILE_SAMPLE") == "0") return 0;
            Sample(() => { foreach (var e in extracted) DocumentPlanner.Plan(e); }, "DocumentPlanner.Plan", cold: false);
            return 0;
        }
        var alloc0 = GC.GetAllocatedBytesForCurrentThread();
        var chars = plan.Sources.Select(SourceEmitter.Emit).Sum(g => (long)g.Text.Length);
        Console.WriteLine($"emit profile: {plan.Sources.Count} files, {chars:N0} chars, {(GC.GetAllocatedBytesForCurrentThread() - alloc0) / 1e6:F1} MB allocated per emit of all files");
        if (Environment.GetEnvironmentVariable("SEEDGEN_PROFILE_SAMPLE") == "0") return 0;
        Sample(() => { foreach (var spec in plan.Sources) SourceEmitter.Emit(spec); }, "SourceEmitter.Emit", cold: false);
        return 0;
    }

    /// <summary>SEEDGEN_PROFILE_CORPUS=1: the corpus step alone (what a one-document edit re-runs), document plans cached.</summary>
    private static int SampleCorpusStep(int count)
    {
        var corpus = BenchCorpus.Get(count);
        var index = IndexParser.Parse(GeneratorProject.SeedsDir + "INDEX.md", corpus.Index);
        var extracted = corpus.Documents.Select(d => DocumentProcessor.Extract(new ExtractionInput(GeneratorProject.SeedsDir + d.File, d.File, d.Text,
            PartialDate.TryParse(d.Published, out var p) ? p : null))).ToList();
        var locals = extracted.Select(e => DocumentPlanner.Plan(e)).ToList();
        var options = new EmitOptions("BenchProject.Seeds");
        void Step() => CorpusPlanner.Plan(CorpusAssembler.Assemble(new[] { index }, extracted), locals, options);
        // two seconds of runs first: tiered compilation has optimised the step by then, as in a long-lived compiler
        var warm = Stopwatch.StartNew();
        while (warm.Elapsed < TimeSpan.FromSeconds(2)) Step();
        var best = double.MaxValue;
        for (var r = 0; r < 30; r++)
        {
            var sw = Stopwatch.StartNew();
            Step();
            best = Math.Min(best, sw.Elapsed.TotalMilliseconds);
        }
        var a0 = GC.GetAllocatedBytesForCurrentThread();
        Step();
        Console.WriteLine($"corpus step (assemble + plan, document plans cached): best of 30 after 2 s of warm-up {best:F2} ms, {(GC.GetAllocatedBytesForCurrentThread() - a0) / 1e6:F2} MB allocated");
        if (Environment.GetEnvironmentVariable("SEEDGEN_PROFILE_SAMPLE") == "0") return 0;
        Sample(Step, "CorpusPlanner.Plan", cold: false);
        return 0;
    }

    private static void Sample(List<(string Text, PartialDate? Published)> texts, bool cold = false) =>
        Sample(() => { foreach (var t in texts) SeedGen.Extraction.Extractor.Extract(t.Text, t.Published); }, "Extraction.Extractor.Extract", cold);

    /// <summary>Runs <paramref name="work"/> for six seconds (once when <paramref name="cold"/>) under EventPipe and prints where its CPU time and allocations went; only samples whose stack passes through <paramref name="rootFrame"/> count.</summary>
    internal static void Sample(Action work, string rootFrame, bool cold, string what = "extraction")
    {
        var file = Path.Combine(Path.GetTempPath(), $"seedgen-xprofile-{Environment.ProcessId}.nettrace");
        var providers = new[]
        {
            new EventPipeProvider("Microsoft-DotNETCore-SampleProfiler", EventLevel.Informational),
            new EventPipeProvider("Microsoft-Windows-DotNETRuntime", EventLevel.Verbose,
                (long)(ClrTraceEventParser.Keywords.GC | ClrTraceEventParser.Keywords.Jit | ClrTraceEventParser.Keywords.Loader | ClrTraceEventParser.Keywords.JittedMethodILToNativeMap)),
        };
        var client = new DiagnosticsClient(Environment.ProcessId);
        var runs = 0;
        var thread = new Thread(() =>
        {
            var sw = Stopwatch.StartNew();
            while (cold ? runs < 1 : sw.Elapsed < TimeSpan.FromSeconds(6) || runs < 2)
            {
                work();
                runs++;
            }
            if (cold) Console.WriteLine($"cold run (traced): {sw.Elapsed.TotalMilliseconds:F0} ms");
        });
        using (var session = client.StartEventPipeSession(providers, requestRundown: true))
        {
            var copy = Task.Run(() =>
            {
                using var fs = File.Create(file);
                session.EventStream.CopyTo(fs);
            });
            thread.Start();
            thread.Join();
            session.Stop();
            copy.Wait();
        }

        var etlx = TraceLog.CreateFromEventPipeDataFile(file);
        var inclusive = new Dictionary<string, int>(StringComparer.Ordinal);
        var exclusive = new Dictionary<string, int>(StringComparer.Ordinal);
        var ownFrame = new Dictionary<string, int>(StringComparer.Ordinal);
        var allocByType = new Dictionary<string, long>(StringComparer.Ordinal);
        var frameworkPaths = new Dictionary<string, int>(StringComparer.Ordinal);
        var allocByOwn = new Dictionary<string, long>(StringComparer.Ordinal);
        var allocByOwnType = new Dictionary<string, long>(StringComparer.Ordinal);
        var total = 0;
        long allocTotal = 0;
        using (var log = new TraceLog(etlx))
        {
            foreach (var e in log.Events)
            {
                var isSample = e.ProviderName == "Microsoft-DotNETCore-SampleProfiler";
                var isAlloc = e is Microsoft.Diagnostics.Tracing.Parsers.Clr.GCAllocationTickTraceData;
                if (!isSample && !isAlloc) continue;
                var stack = e.CallStack();
                if (stack is null) continue;
                var frames = new List<string>();
                for (var s = stack; s is not null; s = s.Caller)
                {
                    var name = s.CodeAddress.FullMethodName;
                    if (string.IsNullOrEmpty(name)) name = "?!" + (s.CodeAddress.ModuleName ?? "?");
                    frames.Add(name);
                }
                if (!frames.Any(f => f.Contains(rootFrame, StringComparison.Ordinal))) continue;
                var own = frames.FirstOrDefault(f => f.StartsWith("SeedGen.", StringComparison.Ordinal) && !f.StartsWith("SeedGen.Benchmarks.", StringComparison.Ordinal)) ?? "(outside SeedGen)";
                if (isAlloc)
                {
                    var a = (Microsoft.Diagnostics.Tracing.Parsers.Clr.GCAllocationTickTraceData)e;
                    var amount = a.AllocationAmount64;
                    var type = a.TypeName ?? "?";
                    allocTotal += amount;
                    allocByType[type] = allocByType.GetValueOrDefault(type) + amount;
                    allocByOwn[own] = allocByOwn.GetValueOrDefault(own) + amount;
                    var key = type + "  <-  " + own;
                    allocByOwnType[key] = allocByOwnType.GetValueOrDefault(key) + amount;
                    continue;
                }
                total++;
                var selfAt = frames.FindIndex(f => !f.Contains("PollGC", StringComparison.Ordinal));
                if (selfAt < 0) selfAt = 0;
                var self = frames[selfAt];
                exclusive[self] = exclusive.GetValueOrDefault(self) + 1;
                ownFrame[own] = ownFrame.GetValueOrDefault(own) + 1;
                if (!self.StartsWith("SeedGen.", StringComparison.Ordinal))
                {
                    // framework self time: the two frames that called it, to tell copies and allocations apart
                    var path = string.Join("  <-  ", frames.Skip(selfAt).Take(3).Select(f => Profile.Short(f).Split('(')[0]));
                    frameworkPaths[path] = frameworkPaths.GetValueOrDefault(path) + 1;
                }
                foreach (var f in frames.Distinct()) inclusive[f] = inclusive.GetValueOrDefault(f) + 1;
            }
        }
        try { File.Delete(file); File.Delete(etlx); } catch (IOException) { }

        Console.WriteLine();
        Console.WriteLine($"sampling profile: {runs} {what} runs, {total} CPU samples, {allocTotal / 1e6:F0} MB allocation sampled");
        Console.WriteLine();
        Profile.PrintTop("Inclusive, SeedGen methods:", inclusive.Where(p => p.Key.StartsWith("SeedGen.", StringComparison.Ordinal) && !p.Key.StartsWith("SeedGen.Benchmarks.", StringComparison.Ordinal)).Select(p => new KeyValuePair<string, long>(p.Key, p.Value)), total, 40, shorten: true);
        Console.WriteLine();
        Profile.PrintTop("Exclusive (self) time, top 25:", exclusive.Select(p => new KeyValuePair<string, long>(p.Key, p.Value)), total, 25, shorten: true);
        Console.WriteLine();
        Profile.PrintTop("Framework self time with its callers, top 15:", frameworkPaths.Select(p => new KeyValuePair<string, long>(p.Key, p.Value)), total, 15, shorten: false);
        Console.WriteLine();
        Profile.PrintTop("Self time charged to the innermost SeedGen method, top 30:", ownFrame.Select(p => new KeyValuePair<string, long>(p.Key, p.Value)), total, 30, shorten: true);
        if (allocTotal == 0) return;
        Console.WriteLine();
        Profile.PrintTop("Allocations by type, top 20:", allocByType.Select(p => new KeyValuePair<string, long>(p.Key, p.Value)), allocTotal, 20, shorten: false);
        Console.WriteLine();
        Profile.PrintTop("Allocations by innermost SeedGen method, top 30:", allocByOwn.Select(p => new KeyValuePair<string, long>(p.Key, p.Value)), allocTotal, 30, shorten: true);
        Console.WriteLine();
        Profile.PrintTop("Allocations by type and innermost SeedGen method, top 40:", allocByOwnType.Select(p => new KeyValuePair<string, long>(p.Key, p.Value)), allocTotal, 40, shorten: true);
    }
}
