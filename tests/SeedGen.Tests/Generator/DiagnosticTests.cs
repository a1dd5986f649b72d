using System.Linq;
using Microsoft.CodeAnalysis;
using SeedGen.Tests.Infrastructure;
using Xunit;

namespace SeedGen.Tests.Generator;

/// <summary>One test per diagnostic: its id, its severity, where it points, and that the rest is still generated.</summary>
public class DiagnosticTests
{
    private static Diagnostic Single(GeneratorRun run, string id)
    {
        var found = run.GeneratorDiagnostics.Where(d => d.Id == id).ToList();
        Assert.True(found.Count == 1, "expected one " + id + ", got: " + string.Join("; ", run.GeneratorDiagnostics));
        return found[0];
    }

    private static (string Path, int Line, int Column) Where(Diagnostic d)
    {
        var span = d.Location.GetLineSpan();
        return (span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1);
    }

    [Fact]
    public void SG0001_no_index_among_additional_files()
    {
        var run = GeneratorFixtures.New().WithAdditionalText("notes.txt", "Not an index.").Run();

        var d = Single(run, "SG0001");
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Contains("AdditionalFiles", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("SeedGen.Catalog.g.cs", run.Sources.Keys);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void SG0002_index_without_table()
    {
        var run = GeneratorFixtures.New().WithAdditionalText("seeds/INDEX.md", "# Just a heading\n\nSome prose.\n").Run();

        var d = Single(run, "SG0002");
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Equal(("/TestProject/seeds/INDEX.md", 1, 1), Where(d));
    }

    [Fact]
    public void SG0003_table_without_File_column_points_at_header()
    {
        var run = GeneratorFixtures.New().WithAdditionalText("seeds/INDEX.md", "# Docs\n\n| Path | Title |\n|---|---|\n| a.txt | A |\n").Run();

        var d = Single(run, "SG0003");
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Equal(("/TestProject/seeds/INDEX.md", 3, 1), Where(d));
        Assert.Contains("'Path'", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void SG0004_listed_file_missing_points_at_its_row_and_rest_is_generated()
    {
        var run = GeneratorFixtures.New()
            .WithAdditionalText("seeds/INDEX.md", GeneratorFixtures.IndexHeader + "| here.txt | Here | 2024 | T |\n| gone.txt | Gone | 2024 | T |\n")
            .WithAdditionalText("seeds/here.txt", GeneratorFixtures.Document(1))
            .Run();

        var d = Single(run, "SG0004");
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Equal(("/TestProject/seeds/INDEX.md", 4, 3), Where(d));
        Assert.Contains("gone.txt", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        var all = string.Concat(run.Sources.Values);
        Assert.Contains("class Here", all);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void SG0005_duplicate_row_points_at_the_repeat()
    {
        var run = GeneratorFixtures.New()
            .WithAdditionalText("seeds/INDEX.md", GeneratorFixtures.IndexHeader + "| a.txt | A | 2024 | T |\n| ./a.txt | Again | 2024 | T |\n")
            .WithAdditionalText("seeds/a.txt", GeneratorFixtures.Document(1))
            .Run();

        var d = Single(run, "SG0005");
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Equal(4, Where(d).Line);
        Assert.Empty(run.CompilationDiagnostics);
    }

    [Fact]
    public void SG0006_unparsable_Published_points_at_the_cell()
    {
        var run = GeneratorFixtures.New()
            .WithAdditionalText("seeds/INDEX.md", GeneratorFixtures.IndexHeader + "| a.txt | A | June 2024 | T |\n")
            .WithAdditionalText("seeds/a.txt", GeneratorFixtures.Document(1))
            .Run();

        var d = Single(run, "SG0006");
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Equal(("/TestProject/seeds/INDEX.md", 3, 15), Where(d));
    }

    [Fact]
    public void SG0007_empty_document()
    {
        var run = GeneratorFixtures.New()
            .WithAdditionalText("seeds/INDEX.md", GeneratorFixtures.IndexHeader + "| a.txt | A | 2024 | T |\n")
            .WithAdditionalText("seeds/a.txt", "  \n\n")
            .Run();

        var d = Single(run, "SG0007");
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Equal("/TestProject/seeds/a.txt", Where(d).Path);
        Assert.Contains("class A", string.Concat(run.Sources.Values));
    }

    [Fact]
    public void SG0008_nothing_found_is_info()
    {
        var run = GeneratorFixtures.New()
            .WithAdditionalText("seeds/INDEX.md", GeneratorFixtures.IndexHeader + "| a.txt | A | 2024 | T |\n")
            .WithAdditionalText("seeds/a.txt", "the quick brown fox jumps over the lazy dog")
            .Run();

        var d = Single(run, "SG0008");
        Assert.Equal(DiagnosticSeverity.Info, d.Severity);
        Assert.Equal("/TestProject/seeds/a.txt", Where(d).Path);
    }

    [Fact]
    public void SG0009_row_with_empty_File_cell()
    {
        var run = GeneratorFixtures.New()
            .WithAdditionalText("seeds/INDEX.md", GeneratorFixtures.IndexHeader + "|  | A | 2024 | T |\n")
            .Run();

        var d = Single(run, "SG0009");
        Assert.Equal(DiagnosticSeverity.Error, d.Severity);
        Assert.Equal(3, Where(d).Line);
    }

    [Fact]
    public void SG0010_Name_that_is_not_an_identifier()
    {
        var run = GeneratorFixtures.New()
            .WithAdditionalText("seeds/INDEX.md", "| File | Name |\n|---|---|\n| a.txt | my doc-1 |\n")
            .WithAdditionalText("seeds/a.txt", GeneratorFixtures.Document(1))
            .Run();

        var d = Single(run, "SG0010");
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Equal(3, Where(d).Line);
        Assert.Contains("'MyDoc1'", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("class MyDoc1", string.Concat(run.Sources.Values));
    }

    [Fact]
    public void Every_cataloged_id_has_a_descriptor_with_the_same_severity_and_a_row_in_DIAGNOSTICS_md()
    {
        var doc = System.IO.File.ReadAllText(System.IO.Path.Combine(TestPaths.RepositoryRoot, "docs", "DIAGNOSTICS.md"));
        foreach (var info in SeedGen.Diagnostics.DiagnosticCatalog.All)
        {
            Assert.Contains("| " + info.Id + " | " + info.Severity + " |", doc);
        }
        Assert.Equal(11, SeedGen.Diagnostics.DiagnosticCatalog.All.Count);
    }
}
