using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Exporters.Json;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Horology;

namespace SeedGen.Benchmarks;

/// <summary>
/// Entry point. Modes (see docs/PERFORMANCE.md):
/// <list type="bullet">
/// <item><c>--quick</c>: every benchmark with few iterations; driver at 10/100 documents, 1,000 in the incremental reference row (under a minute).</item>
/// <item>(no mode): the full run, 10/100/1,000/10,000 documents.</item>
/// <item><c>--verify</c>: no timing; counts re-run Extraction steps and changed generated files after edits.</item>
/// <item><c>--profile [N]</c>: where the time goes: per pipeline stage (Stopwatch) and a sampling profile of extraction.</item>
/// <item><c>--write-corpus DIR N</c>: writes N corpus documents and INDEX.md into DIR (used by bench/build-ratio.sh).</item>
/// </list>
/// Other arguments go to BenchmarkDotNet (e.g. <c>--filter *Extraction*</c>); without a filter, all benchmarks run.
/// </summary>
public static class Program
{
    /// <summary>The document counts of <see cref="DriverBenchmarks"/>.</summary>
    public static int[] DriverCounts { get; private set; } = { 10, 100, 1000, 10000 };

    public static int Main(string[] args)
    {
        var rest = new List<string>(args);
        bool Take(string flag) => rest.Remove(flag);

        if (Take("--verify")) return Verify.Run();
        var profileAt = rest.IndexOf("--profile");
        if (profileAt >= 0)
        {
            var count = profileAt + 1 < rest.Count && int.TryParse(rest[profileAt + 1], out var n) ? n : 1000;
            return Profile.Run(count);
        }
        var writeAt = rest.IndexOf("--write-corpus");
        if (writeAt >= 0)
        {
            var dir = rest[writeAt + 1];
            var count = int.Parse(rest[writeAt + 2], CultureInfo.InvariantCulture);
            var corpus = Corpus.Get(count);
            corpus.WriteTo(dir);
            Console.WriteLine(Corpus.Describe());
            Console.WriteLine($"wrote {count} documents ({corpus.TotalUtf8Bytes:N0} bytes) and INDEX.md to {Path.GetFullPath(dir)}");
            return 0;
        }

        var quick = Take("--quick");
        var inProcess = Take("--in-process") || quick;
        // The 1,000-document full run is IncrementalBenchmarks' reference row; --quick does not time it twice.
        if (quick) DriverCounts = new[] { 10, 100 };

        Console.WriteLine(Corpus.Describe());
        Console.WriteLine($"mode: {(quick ? "quick" : "full")}, toolchain: {(inProcess ? "in-process" : "out-of-process")}, machine: {Environment.ProcessorCount} logical CPUs, doc comments: DocumentationMode.{GeneratorProject.DocumentationMode}");

        var job = quick
            // ShortRun-like, cut further: the whole quick run stays under a minute.
            ? Job.Default.WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3)
                .WithIterationTime(TimeInterval.FromMilliseconds(150)).WithId("Quick")
            : Job.Default.WithLaunchCount(1).WithWarmupCount(2).WithIterationCount(8)
                .WithIterationTime(TimeInterval.FromMilliseconds(500)).WithId("Full");
        job = job.WithGcServer(false).WithGcConcurrent(false);
        if (inProcess) job = job.WithToolchain(InProcessEmitToolchain.Instance);

        var artifacts = Path.Combine(Corpus.RepositoryRoot(), "artifacts", "benchmarks", quick ? "quick" : "full");
        var config = ManualConfig.CreateEmpty()
            .AddJob(job)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumnProvider(DefaultColumnProviders.Instance)
            // The VM's noise lands in a few slow iterations: the median and the minimum are given next to the mean.
            .AddColumn(StatisticColumn.Median, StatisticColumn.Min)
            .AddColumn(ThroughputColumns.MegabytesPerSecond, ThroughputColumns.AllocatedPerInputByte)
            .AddLogger(ConsoleLogger.Default)
            .AddExporter(MarkdownExporter.GitHub, JsonExporter.Brief)
            .WithArtifactsPath(artifacts)
            .WithOption(ConfigOptions.DisableLogFile, false);

        if (!rest.Any(a => a.StartsWith("--filter", StringComparison.Ordinal) || a == "-f"))
        {
            rest.Add("--filter");
            rest.Add("*");
        }
        var summaries = BenchmarkSwitcher
            .FromTypes(new[] { typeof(ExtractionBenchmarks), typeof(LargeDocumentBenchmarks), typeof(DriverBenchmarks), typeof(IncrementalBenchmarks) })
            .Run(rest.ToArray(), config);
        Console.WriteLine($"results: {artifacts}");
        return summaries.Any(s => s.HasCriticalValidationErrors) ? 1 : 0;
    }
}
