using System;
using System.Linq;
using System.Threading;
using SeedGen.Diagnostics;
using SeedGen.Index;
using SeedGen.Model;
using Xunit;

namespace SeedGen.Tests.Index;

public sealed class IndexParserTests
{
    private const string IndexPath = "/corpus/set/INDEX.md";

    private static IndexParseResult Parse(string text) => IndexParser.Parse(IndexPath, text);

    [Fact]
    public void ReadsEveryColumnOfEachRow()
    {
        var result = Parse(
            "# Set\n" +
            "\n" +
            "| File | Title | Published | Source | Name |\n" +
            "|------|-------|-----------|--------|------|\n" +
            "| a.txt | Talks held | 2024-06-18 | ECNS | TalksHeld |\n" +
            "| b.txt | Second | 2024-06 | Wire | |\n");

        Assert.Empty(result.Problems);
        Assert.Equal(IndexPath, result.IndexPath);
        Assert.Equal(2, result.Entries.Count);
        var a = result.Entries[0];
        Assert.Equal("a.txt", a.File);
        Assert.Equal("/corpus/set/a.txt", a.Path);
        Assert.Equal("Talks held", a.Title);
        Assert.Equal(new PartialDate(2024, 6, 18), a.Published);
        Assert.Equal("ECNS", a.Source);
        Assert.Equal("TalksHeld", a.Name);
        var b = result.Entries[1];
        Assert.Equal(new PartialDate(2024, 6), b.Published);
        Assert.Null(b.Name);
    }

    [Fact]
    public void HeaderNames_AreCaseInsensitiveAndInAnyOrder()
    {
        var result = Parse(
            "| published | TITLE | source | fIlE |\n" +
            "|:--|:-:|--:|---|\n" +
            "| 2024 | A title | Src | docs/a.txt |\n");

        Assert.Empty(result.Problems);
        var entry = Assert.Single(result.Entries);
        Assert.Equal("docs/a.txt", entry.File);
        Assert.Equal("A title", entry.Title);
        Assert.Equal(new PartialDate(2024), entry.Published);
        Assert.Equal("Src", entry.Source);
    }

    [Fact]
    public void OnlyFileIsRequired_OtherColumnsAreNull()
    {
        var entry = Assert.Single(Parse("| File |\n|---|\n| a.txt |\n").Entries);

        Assert.Null(entry.Title);
        Assert.Null(entry.Published);
        Assert.Null(entry.Source);
        Assert.Null(entry.Name);
    }

    [Fact]
    public void EmptyOptionalCellsAndShortRows_GiveNull()
    {
        var result = Parse(
            "| File | Title | Published |\n" +
            "|---|---|---|\n" +
            "| a.txt |   |   |\n" +
            "| b.txt |\n");

        Assert.Empty(result.Problems);
        Assert.All(result.Entries, e => Assert.Null(e.Title));
        Assert.All(result.Entries, e => Assert.Null(e.Published));
        Assert.Equal(new[] { "a.txt", "b.txt" }, result.Entries.Select(e => e.File));
    }

    [Fact]
    public void NoTable_IsSG0002AtTheStartOfTheFile()
    {
        var result = Parse("# Seed documents\n\nJust prose, and a | pipe.\n");

        Assert.Empty(result.Entries);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(DiagnosticCatalog.NoTableId, problem.Id);
        Assert.Equal(SourceLocation.StartOf(IndexPath), problem.Location);
        Assert.Equal(ProblemSeverity.Error, problem.Info.Severity);
        Assert.Contains("'" + IndexPath + "' holds no Markdown pipe table", problem.Message);
    }

    [Fact]
    public void AHeaderWithoutDelimiterRow_IsNotATable()
    {
        var result = Parse("| File | Title |\n| a.txt | A |\n");

        Assert.Equal(DiagnosticCatalog.NoTableId, Assert.Single(result.Problems).Id);
    }

    [Theory]
    [InlineData("")]
    [InlineData("|")]
    [InlineData("||\n|-|")]
    [InlineData("|\n|\n|")]
    [InlineData("| File |\n|---|\n|")]
    [InlineData("| File |\n|---|\n| \\|")]
    [InlineData("\r\r\n\n")]
    public void MalformedText_NeverThrows(string text)
    {
        var result = Parse(text);

        Assert.All(result.Problems, p => Assert.False(string.IsNullOrEmpty(p.Message)));
    }

    [Fact]
    public void MissingFileColumn_IsSG0003OnTheHeaderLine()
    {
        var result = Parse(
            "Intro line\n" +
            "\n" +
            "| Title | Published |\n" +
            "|---|---|\n" +
            "| A | 2024 |\n");

        Assert.Empty(result.Entries);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(DiagnosticCatalog.NoFileColumnId, problem.Id);
        Assert.Equal(2, problem.Location!.Line);
        Assert.Equal(0, problem.Location.Column);
        Assert.Equal("| Title | Published |".Length, problem.Location.Length);
        Assert.Contains("(found: 'Title', 'Published')", problem.Message);
        Assert.StartsWith(IndexPath + "(3,1): error SG0003: ", problem.ToString());
    }

    [Fact]
    public void DuplicateRow_IsSG0005AtTheSecondRowAndTheFirstIsKept()
    {
        var result = Parse(
            "| File | Title |\n" +
            "|---|---|\n" +
            "| a.txt | First |\n" +
            "| b.txt | Other |\n" +
            "|  a.txt | Again |\n");

        Assert.Equal(new[] { "First", "Other" }, result.Entries.Select(e => e.Title));
        var problem = Assert.Single(result.Problems);
        Assert.Equal(DiagnosticCatalog.DuplicateRowId, problem.Id);
        Assert.Equal(ProblemSeverity.Warning, problem.Info.Severity);
        Assert.Equal(4, problem.Location!.Line);
        Assert.Equal(3, problem.Location.Column);
        Assert.Equal(new[] { "a.txt", "3" }, problem.Args);
        Assert.Contains("(first on line 3)", problem.Message);
    }

    [Fact]
    public void DuplicateRow_IsFoundThroughDifferentSpellingsOfThePath()
    {
        var result = Parse(
            "| File |\n|---|\n" +
            "| docs/a.txt |\n" +
            "| ./docs/../docs/a.txt |\n" +
            "| docs\\a.txt |\n");

        Assert.Single(result.Entries);
        Assert.Equal(2, result.Problems.Count);
        Assert.All(result.Problems, p => Assert.Equal(DiagnosticCatalog.DuplicateRowId, p.Id));
        Assert.Equal(new[] { 3, 4 }, result.Problems.Select(p => p.Location!.Line));
    }

    [Fact]
    public void BadPublished_IsSG0006AtTheCellAndTheRowIsKeptWithoutADate()
    {
        var result = Parse(
            "| File | Published |\n" +
            "|---|---|\n" +
            "| a.txt | June 2024 |\n" +
            "| b.txt | 2024-02-30 |\n" +
            "| c.txt | 2024-13 |\n");

        Assert.Equal(3, result.Entries.Count);
        Assert.All(result.Entries, e => Assert.Null(e.Published));
        Assert.Equal(3, result.Problems.Count);
        Assert.All(result.Problems, p => Assert.Equal(DiagnosticCatalog.BadPublishedId, p.Id));
        var first = result.Problems[0];
        Assert.Equal(new[] { "June 2024", "a.txt" }, first.Args);
        Assert.Equal(2, first.Location!.Line);
        Assert.Equal("| a.txt | ".Length, first.Location.Column);
        Assert.Equal("June 2024".Length, first.Location.Length);
    }

    [Fact]
    public void EmptyFileCell_IsSG0009AndTheRowIsSkipped()
    {
        var result = Parse(
            "| Title | File |\n" +
            "|---|---|\n" +
            "| No file |   |\n" +
            "| Good | b.txt |\n");

        Assert.Equal("b.txt", Assert.Single(result.Entries).File);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(DiagnosticCatalog.EmptyFileCellId, problem.Id);
        Assert.Equal(ProblemSeverity.Error, problem.Info.Severity);
        Assert.Equal(2, problem.Location!.Line);
    }

    [Fact]
    public void EscapedPipes_StayInsideTheirCell()
    {
        var result = Parse(
            "| File | Title | Source |\n" +
            "|---|---|---|\n" +
            "| a\\|b.txt | China \\| EU talks | Wire |\n");

        var entry = Assert.Single(result.Entries);
        Assert.Equal("a|b.txt", entry.File);
        Assert.Equal("China | EU talks", entry.Title);
        Assert.Equal("Wire", entry.Source);
    }

    [Fact]
    public void CrLfAndLoneCr_LineEndingsGiveTheSameRowsAndRightLocations()
    {
        const string lf = "# Set\n\n| File | Published |\n|---|---|\n| a.txt | 2024-06-18 |\n| b.txt | soon |\n";
        var crlf = lf.Replace("\n", "\r\n");
        var cr = lf.Replace("\n", "\r");

        foreach (var text in new[] { lf, crlf, cr })
        {
            var result = Parse(text);
            Assert.Equal(new[] { "a.txt", "b.txt" }, result.Entries.Select(e => e.File));
            Assert.Equal(new PartialDate(2024, 6, 18), result.Entries[0].Published);
            var problem = Assert.Single(result.Problems);
            Assert.Equal(5, problem.Location!.Line);
            Assert.Equal("soon", text.Substring(problem.Location.Offset, problem.Location.Length));
        }
    }

    [Fact]
    public void RowLocation_PointsAtTheFileCellText()
    {
        const string text = "| Title | File |\n|---|---|\n| A |   docs/a.txt   |\n";

        var entry = Assert.Single(Parse(text).Entries);

        Assert.Equal(2, entry.Location.Line);
        Assert.Equal("docs/a.txt", text.Substring(entry.Location.Offset, entry.Location.Length));
        Assert.Equal(text.IndexOf("docs/a.txt", StringComparison.Ordinal) - text.IndexOf("| A", StringComparison.Ordinal), entry.Location.Column);
        Assert.Equal(IndexPath + "(3,9)", entry.Location.ToString());
    }

    [Fact]
    public void RelativePaths_AreResolvedAgainstTheIndexFolder()
    {
        var result = Parse(
            "| File |\n|---|\n" +
            "| ../shared/a.txt |\n" +
            "| ./b.txt |\n" +
            "| sub/./c/../c.txt |\n");

        Assert.Equal(new[] { "../shared/a.txt", "./b.txt", "sub/./c/../c.txt" }, result.Entries.Select(e => e.File));
        Assert.Equal(new[] { "/corpus/shared/a.txt", "/corpus/set/b.txt", "/corpus/set/sub/c.txt" }, result.Entries.Select(e => e.Path));
    }

    [Fact]
    public void Backslashes_BecomeSlashesInThePathButNotInTheFileAsWritten()
    {
        var result = IndexParser.Parse("C:\\corpus\\set\\INDEX.md", "| File |\n|---|\n| docs\\a.txt |\n| ..\\b.txt |\n");

        Assert.Equal(new[] { "docs\\a.txt", "..\\b.txt" }, result.Entries.Select(e => e.File));
        Assert.Equal(new[] { "C:/corpus/set/docs/a.txt", "C:/corpus/b.txt" }, result.Entries.Select(e => e.Path));
    }

    [Fact]
    public void TheTableEndsAtTheFirstLineThatIsNotARow()
    {
        var result = Parse(
            "| File |\n|---|\n| a.txt |\n" +
            "\n" +
            "| File |\n|---|\n| b.txt |\n");

        Assert.Equal("a.txt", Assert.Single(result.Entries).File);
    }

    [Fact]
    public void IndentedTable_IsRead()
    {
        var result = Parse("  | File | Title |\n  |---|---|\n  | a.txt | A |\n");

        Assert.Equal("A", Assert.Single(result.Entries).Title);
    }

    [Fact]
    public void TheResult_IsValueEqualForTheSameText()
    {
        const string text = "| File | Published |\n|---|---|\n| a.txt | 2024 |\n| a.txt | x |\n";

        Assert.Equal(Parse(text), Parse(text));
        Assert.NotEqual(Parse(text), Parse(text.Replace("2024", "2025")));
    }

    [Fact]
    public void ACancelledToken_Throws()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => IndexParser.Parse(IndexPath, "| File |\n|---|\n| a.txt |\n", cts.Token));
    }
}
