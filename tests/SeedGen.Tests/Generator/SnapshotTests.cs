using System.Threading.Tasks;
using SeedGen.Tests.Infrastructure;
using Xunit;

namespace SeedGen.Tests.Generator;

/// <summary>The generated code for the seed corpus, as snapshots (Verify file convention, see STYLE.md).</summary>
public class SnapshotTests
{
    [Fact]
    public Task Seed()
    {
        var run = GeneratorFixtures.Seeds().Run();
        run.AssertOutputCompilationClean();
        return SnapshotAssert.Verify(run);
    }

    [Fact]
    public Task Diagnostics_of_a_broken_index()
    {
        var run = GeneratorFixtures.New()
            .WithAdditionalText("seeds/INDEX.md", GeneratorFixtures.IndexHeader
                + "| a.txt | A | 2024-13-01 | T |\n| a.txt | A again | 2024 | T |\n| missing.txt | M | 2024 | T |\n|  | Empty | 2024 | T |\n")
            .WithAdditionalText("seeds/a.txt", GeneratorFixtures.Document(3))
            .Run();
        return SnapshotAssert.Verify(run);
    }
}
