using System;
using System.IO;
using System.Linq;
using System.Text;
using Xunit;
using Xunit.Sdk;
using File = System.IO.File;

namespace SeedGen.Tests.Infrastructure;

/// <summary>The snapshot comparison, in a temporary folder.</summary>
public sealed class SnapshotAssertTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "seedgen-snapshots-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory)) Directory.Delete(_directory, recursive: true);
    }

    private static SnapshotAssert.SnapshotFile Source(string hint, string content) => new("#" + hint, "cs", content);

    private string[] Files() => Directory.GetFiles(_directory).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal).ToArray()!;

    private void Verified(string name, string content) => File.WriteAllText(Path.Combine(_directory, name), content, new UTF8Encoding(false));

    [Fact]
    public void AMissingVerifiedFile_FailsAndWritesReceived()
    {
        var e = Assert.Throws<XunitException>(() =>
            SnapshotAssert.Compare(_directory, "T.M", new[] { Source("A.g", "//HintName: A.g.cs\nclass A {}\n") }, accept: false));

        Assert.Contains("New snapshot T.M#A.g.verified.cs", e.Message);
        Assert.Contains("SEEDGEN_ACCEPT=1", e.Message);
        Assert.Equal(new[] { "T.M#A.g.received.cs" }, Files());
        Assert.Equal("//HintName: A.g.cs\nclass A {}\n", File.ReadAllText(Path.Combine(_directory, "T.M#A.g.received.cs")));
    }

    [Fact]
    public void AMatchingVerifiedFile_PassesAndRemovesAnOldReceivedFile()
    {
        Directory.CreateDirectory(_directory);
        Verified("T.M#A.g.verified.cs", "class A {}\r\n");
        Verified("T.M#A.g.received.cs", "stale");

        SnapshotAssert.Compare(_directory, "T.M", new[] { Source("A.g", "class A {}\n") }, accept: false);

        Assert.Equal(new[] { "T.M#A.g.verified.cs" }, Files());
    }

    [Fact]
    public void AMismatch_FailsWithADiffAndWritesReceived()
    {
        Directory.CreateDirectory(_directory);
        Verified("T.M.verified.txt", "one\ntwo\nthree\nfour\nfive\nsix\nseven\neight\n");

        var e = Assert.Throws<XunitException>(() => SnapshotAssert.Compare(
            _directory, "T.M", new[] { new SnapshotAssert.SnapshotFile(string.Empty, "txt", "one\ntwo\nthree\nfour\nFIVE\nsix\nseven\neight\n") }, accept: false));

        Assert.Contains("Snapshot T.M.verified.txt differs", e.Message);
        Assert.Contains("- five\n+ FIVE\n", e.Message);
        Assert.Contains("  two\n", e.Message);
        Assert.DoesNotContain("one", e.Message.Substring(e.Message.IndexOf("@@", StringComparison.Ordinal)).Split("\n\n")[0]);
        Assert.Equal(new[] { "T.M.received.txt", "T.M.verified.txt" }, Files());
    }

    [Fact]
    public void AVerifiedFileTheRunNoLongerProduces_Fails()
    {
        Directory.CreateDirectory(_directory);
        Verified("T.M#A.g.verified.cs", "class A {}\n");
        Verified("T.M#Gone.g.verified.cs", "class Gone {}\n");
        Verified("T.Other#X.verified.cs", "not this test's\n");
        Verified("T.MM#Y.verified.cs", "nor this one's\n");

        var e = Assert.Throws<XunitException>(() =>
            SnapshotAssert.Compare(_directory, "T.M", new[] { Source("A.g", "class A {}\n") }, accept: false));

        Assert.Contains("T.M#Gone.g.verified.cs was not produced", e.Message);
        Assert.DoesNotContain("T.Other", e.Message);
        Assert.DoesNotContain("T.MM", e.Message);
    }

    [Fact]
    public void Accept_WritesVerifiedFilesAndDeletesStaleOnes()
    {
        Directory.CreateDirectory(_directory);
        Verified("T.M#A.g.verified.cs", "old\n");
        Verified("T.M#Gone.g.verified.cs", "class Gone {}\n");
        Verified("T.Other.verified.txt", "kept\n");

        SnapshotAssert.Compare(_directory, "T.M",
            new[] { Source("A.g", "new\n"), new SnapshotAssert.SnapshotFile(string.Empty, "txt", "diagnostics\n") }, accept: true);

        Assert.Equal(new[] { "T.M#A.g.verified.cs", "T.M.verified.txt", "T.Other.verified.txt" }, Files());
        Assert.Equal("new\n", File.ReadAllText(Path.Combine(_directory, "T.M#A.g.verified.cs")));
    }

    [Fact]
    public void UnifiedDiff_ShowsThreeLinesOfContextAroundEachChange()
    {
        var before = string.Join("\n", Enumerable.Range(1, 20).Select(i => "line " + i)) + "\n";
        var after = before.Replace("line 10\n", "line ten\n").Replace("line 2\n", string.Empty);

        var diff = SnapshotAssert.UnifiedDiff(before, after);

        Assert.Equal(
            "@@ verified line 1, received line 1 @@\n" +
            "  line 1\n" +
            "- line 2\n" +
            "  line 3\n" +
            "  line 4\n" +
            "  line 5\n" +
            "@@ verified line 7, received line 6 @@\n" +
            "  line 7\n" +
            "  line 8\n" +
            "  line 9\n" +
            "- line 10\n" +
            "+ line ten\n" +
            "  line 11\n" +
            "  line 12\n" +
            "  line 13\n",
            diff);
    }

    [Fact]
    public void Normalize_MakesEveryLineEndingLf()
    {
        Assert.Equal("a\nb\nc\n", SnapshotAssert.Normalize("a\r\nb\rc\n"));
    }
}
