using System.Linq;
using SeedGen.Tests.Infrastructure;
using Xunit;

namespace SeedGen.Tests.Generator;

/// <summary>The generated code compiles, with no warning, and user code can use it as documented.</summary>
public class CompilationTests
{
    private const string UserCode = """
        using System.Linq;
        namespace TestProject
        {
            public static class Use
            {
                public static int Count() =>
                    Seeds.Officials.All.Count + Seeds.Events.Count + Seeds.Positions.Count(p => p.Stance == Stance.Opposes)
                    + Seeds.Documents.Count(d => d.Published.HasValue && d.Published.Value.Year == 2024);

                public static string? FirstTitle() => Seeds.Documents[0].Title;
            }
        }
        """;

    [Fact]
    public void Seed_corpus_compiles_cleanly_with_user_code()
    {
        var run = GeneratorFixtures.Seeds().WithSource(UserCode).Run();

        run.AssertOutputCompilationClean();
        Assert.Contains("SeedGen.Catalog.g.cs", run.Sources.Keys);
        Assert.Contains("SeedGen.Types.g.cs", run.Sources.Keys);
        Assert.Contains(run.Sources.Keys, k => k.StartsWith("SeedGen.Documents.G", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Namespace_comes_from_SeedGenNamespace_then_RootNamespace()
    {
        var byRoot = GeneratorFixtures.Corpus(1).Run();
        Assert.Contains("namespace TestProject\n", byRoot.Source("SeedGen.Catalog.g.cs"));

        var byProperty = GeneratorFixtures.Corpus(1).WithProperty("SeedGenNamespace", "My.Data").Run();
        Assert.Contains("namespace My.Data\n", byProperty.Source("SeedGen.Catalog.g.cs"));
        byProperty.AssertOutputCompilationClean();
    }

    [Fact]
    public void Invalid_namespace_is_sanitized_and_reported()
    {
        var run = GeneratorFixtures.Corpus(1).WithProperty("SeedGenNamespace", "my-data.class").Run();

        Assert.Contains("SG0010", run.GeneratorDiagnosticIds);
        Assert.Contains("namespace MyData.Class\n", run.Source("SeedGen.Catalog.g.cs"));
        Assert.Empty(run.CompilationDiagnostics.Where(d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning));
    }

    [Fact]
    public void Document_class_is_named_from_Name_then_title_then_file()
    {
        var index = "| File | Title | Name |\n|---|---|---|\n| a.txt | Talks in Paris end | |\n| b.txt | | Custom |\n| 3c.txt | | |\n";
        var run = GeneratorFixtures.New()
            .WithAdditionalText("seeds/INDEX.md", index)
            .WithAdditionalText("seeds/a.txt", "Nothing here.")
            .WithAdditionalText("seeds/b.txt", "Nothing here.")
            .WithAdditionalText("seeds/3c.txt", "Nothing here.")
            .Run();

        run.AssertOutputCompilationClean();
        var all = string.Concat(run.Sources.Values);
        Assert.Contains("public static class TalksInParisEnd", all);
        Assert.Contains("public static class Custom", all);
        Assert.Contains("public static class _3c", all);
    }

    [Fact]
    public void Hostile_titles_and_names_still_compile()
    {
        var index = "| File | Title | Source | Name |\n|---|---|---|---|\n"
            + "| a.txt | class \"quoted\" \\ back */ </summary> | x\\|y | |\n"
            + "| b.txt | 习近平 会见 | 新华社 | |\n"
            + "| c.txt | Seeds | | |\n"
            + "| d.txt | Officials | | |\n"
            + "| e.txt | | | class |\n"
            + "| f.txt | Talks in Paris end | | |\n"
            + "| g.txt | Talks in Paris end | | |\n";
        var harness = GeneratorFixtures.New().WithAdditionalText("seeds/INDEX.md", index);
        foreach (var f in new[] { "a", "b", "c", "d", "e", "f", "g" }) harness.WithAdditionalText("seeds/" + f + ".txt", "Nothing here.");

        var run = harness.Run();

        Assert.Empty(run.CompilationDiagnostics);
        var all = string.Concat(run.Sources.Values);
        Assert.Contains("public static class 习近平会见", all);
        Assert.Contains("public static class Seeds2", all);
        Assert.Contains("public static class Officials2", all);
        Assert.Contains("public static class TalksInParisEnd2", all);
        Assert.Contains("SG0010", run.GeneratorDiagnosticIds);
    }
}
