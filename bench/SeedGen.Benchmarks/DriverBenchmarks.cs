using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;

namespace SeedGen.Benchmarks;

/// <summary>
/// A full generator run as a command-line build does it: a fresh driver over a compilation of one
/// small C# file, with INDEX.md and N documents as AdditionalFiles. Includes everything
/// RunGenerators does (all pipeline steps, parsing the generated sources into syntax trees);
/// not the compilation of the generated code (see --profile and build-ratio.sh for that).
/// </summary>
[MemoryDiagnoser]
public class DriverBenchmarks
{
    private GeneratorProject _project = null!;

    [ParamsSource(nameof(Counts))]
    public int Documents { get; set; }

    /// <summary>10 / 100 / 1,000 / 10,000; set by Program (--quick: 10 / 100, the 1,000 run being IncrementalBenchmarks' reference).</summary>
    public static IEnumerable<int> Counts => Program.DriverCounts;

    [GlobalSetup]
    public void Setup() => _project = new GeneratorProject(Documents);

    [Benchmark(Description = "Full run (fresh driver)")]
    public GeneratorDriver FullRun() => _project.CreateDriver().RunGenerators(_project.Compilation);
}
