using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using SeedGen.Tests.Infrastructure;
using Xunit;
using CliProgram = SeedGen.Cli.Program;

namespace SeedGen.Tests.Cli;

/// <summary><c>seedgen extract</c> end to end, on a set folder written to a temporary directory.</summary>
public sealed class CliTests : IDisposable
{
    private const string Document =
        "Foreign Minister Ana Lima met Norwegian Prime Minister Tom Berg in Brasilia on Monday.\n" +
        "Lima said Brazil opposes new tariffs on steel.\n";

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "seedgen-cli-" + Guid.NewGuid().ToString("N"));

    public CliTests() => Directory.CreateDirectory(_directory);

    public void Dispose()
    {
        try { Directory.Delete(_directory, recursive: true); }
        catch (IOException) { }
    }

    private string Write(string relativePath, string text)
    {
        var path = Path.Combine(_directory, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CliProgram.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Extract_PrintsOneDocumentPerRowWithTheFileAsWritten()
    {
        Write("docs/talks.txt", Document);
        var index = Write("INDEX.md",
            "# Test set\n\n| File | Title | Published |\n|---|---|---|\n| docs/talks.txt | Talks in Brasilia | 2024-06-18 |\n");

        var (code, output, error) = Run("extract", index);

        Assert.Equal(0, code);
        Assert.DoesNotContain(": error ", error);
        using var json = JsonDocument.Parse(output);
        var doc = Assert.Single(json.RootElement.GetProperty("documents").EnumerateArray());
        Assert.Equal("docs/talks.txt", doc.GetProperty("file").GetString());
        Assert.Equal("2024-06-18", doc.GetProperty("published").GetString());
        Assert.Equal(JsonValueKind.Array, doc.GetProperty("officials").ValueKind);
        Assert.Equal(JsonValueKind.Array, doc.GetProperty("events").ValueKind);
        Assert.Equal(JsonValueKind.Array, doc.GetProperty("positions").ValueKind);
    }

    [Fact]
    public void Extract_KeepsTheRowOrderAndRelativeSpellings()
    {
        Write("docs/b.txt", Document);
        Write("a.txt", Document);
        var index = Write("set/INDEX.md", "| File |\n|---|\n| ../docs/b.txt |\n| ..\\a.txt |\n");

        var (code, output, _) = Run("extract", index);

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(new[] { "../docs/b.txt", "..\\a.txt" },
            json.RootElement.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("file").GetString()));
    }

    [Fact]
    public void Extract_AListedFileThatIsMissing_IsSG0004AtItsRowAndExitCode1()
    {
        Write("a.txt", Document);
        var index = Write("INDEX.md",
            "# Set\n" +
            "\n" +
            "| File | Title |\n" +
            "|---|---|\n" +
            "| a.txt | A |\n" +
            "| missing.txt | M |\n");

        var (code, output, error) = Run("extract", index);

        Assert.Equal(1, code);
        Assert.Contains("SG0004", error);
        Assert.Contains("INDEX.md(6,3): error SG0004: 'missing.txt' is listed in INDEX.md", error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(2, json.RootElement.GetProperty("documents").GetArrayLength());
    }

    [Fact]
    public void Extract_AnIndexWithoutTable_IsSG0002AndExitCode1()
    {
        var index = Write("INDEX.md", "No table here.\n");

        var (code, output, error) = Run("extract", index);

        Assert.Equal(1, code);
        Assert.Contains("INDEX.md(1,1): error SG0002", error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(0, json.RootElement.GetProperty("documents").GetArrayLength());
    }

    [Fact]
    public void Extract_WarningsAloneKeepExitCode0()
    {
        Write("a.txt", Document);
        var index = Write("INDEX.md", "| File | Published |\n|---|---|\n| a.txt | last week |\n");

        var (code, _, error) = Run("extract", index);

        Assert.Equal(0, code);
        Assert.Contains("INDEX.md(3,11): warning SG0006", error);
    }

    [Fact]
    public void Extract_AnEmptyDocument_IsSG0007()
    {
        Write("empty.txt", "  \n");
        var index = Write("INDEX.md", "| File |\n|---|\n| empty.txt |\n");

        var (_, _, error) = Run("extract", index);

        Assert.Contains("warning SG0007: Document 'empty.txt' is empty", error);
    }

    [Fact]
    public void Extract_TheSeedSet()
    {
        var index = Path.Combine(TestPaths.RepositoryRoot, "seeds", "INDEX.md");

        var (code, output, _) = Run("extract", index);

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var doc = Assert.Single(json.RootElement.GetProperty("documents").EnumerateArray());
        Assert.Equal("000_dafd33c1eb6a72e6.txt", doc.GetProperty("file").GetString());
        Assert.Equal("2024-06-18", doc.GetProperty("published").GetString());
    }

    [Fact]
    public void Extract_TheSeedSet_FindsTheSeedsOfficialsEventsAndPositions()
    {
        var (code, output, _) = Run("extract", Path.Combine(TestPaths.RepositoryRoot, "seeds", "INDEX.md"));

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var doc = json.RootElement.GetProperty("documents")[0];
        var names = doc.GetProperty("officials").EnumerateArray().Select(o => o.GetProperty("name").GetString()).ToList();
        Assert.Equal(new[] { "Lin Jian", "Miao Deyu", "Paola Pampaloni", "Shen Bo" }, names.OrderBy(n => n, StringComparer.Ordinal));
        var talks = doc.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("kind").GetString() == "talks" && e.GetProperty("location").GetString() == "Chongqing");
        Assert.Equal("2024-06-13", talks.GetProperty("start").GetString());
        Assert.Equal("2024-06-17", talks.GetProperty("end").GetString());
        var press = doc.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("kind").GetString() == "press_conference");
        Assert.Equal("2024-06-18", press.GetProperty("start").GetString());
        var opposes = doc.GetProperty("positions").EnumerateArray().Where(p => p.GetProperty("stance").GetString() == "opposes").ToList();
        Assert.Equal(4, opposes.Count);
        Assert.All(opposes, p => Assert.Equal("China", p.GetProperty("holder").GetString()));
    }

    [Fact]
    public void Generate_TheSeedSet_PrintsEveryFileTheGeneratorAdds()
    {
        var (code, output, _) = Run("generate", Path.Combine(TestPaths.RepositoryRoot, "seeds", "INDEX.md"), "--namespace", "Demo");

        Assert.Equal(0, code);
        Assert.Contains("//HintName: SeedGen.Types.g.cs\n", output);
        Assert.Contains("//HintName: SeedGen.Catalog.g.cs\n", output);
        Assert.Contains("namespace Demo\n", output);
        Assert.Contains("public const string LinJian = \"Lin Jian\";", output);
    }

    [Fact]
    public void Extract_AnIndexThatDoesNotExist_IsExitCode1WithAMessage()
    {
        var (code, output, error) = Run("extract", Path.Combine(_directory, "nowhere", "INDEX.md"));

        Assert.Equal(1, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("not found", error);
    }

    [Theory]
    [InlineData("")]
    [InlineData("extract")]
    [InlineData("frobnicate INDEX.md")]
    [InlineData("extract a/INDEX.md b/INDEX.md")]
    [InlineData("generate INDEX.md --namespace")]
    [InlineData("generate INDEX.md --names X")]
    public void BadUsage_PrintsUsageToStandardErrorAndExitCode2(string commandLine)
    {
        var (code, output, error) = Run(commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries));

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith("usage: seedgen extract", error);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public void Help_PrintsUsageToStandardOutputAndExitCode0(string flag)
    {
        var (code, output, error) = Run(flag);

        Assert.Equal(0, code);
        Assert.Contains("seedgen generate <path/to/INDEX.md>", output);
        Assert.Equal(string.Empty, error);
    }
}
