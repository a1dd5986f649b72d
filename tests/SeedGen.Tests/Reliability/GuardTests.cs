using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using SeedGen.Diagnostics;
using SeedGen.Tests.Reliability.Fuzz;
using Xunit;

namespace SeedGen.Tests.Reliability;

/// <summary>
/// The guard (nothing escapes the generator; an unexpected failure is one SG0011 naming its input and the
/// rest is generated) and the regression tests of the bugs fuzzing found outside extraction (docs/RELIABILITY.md).
/// </summary>
public sealed class GuardTests
{
    private const string Root = FuzzRunner.ProjectDirectory + "seeds/";

    private static void AssertClean(FuzzRun run, bool allowInternalError = false)
    {
        var failures = FuzzChecks.Verify(run, semantic: true, allowInternalError: allowInternalError);
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void SG0011_document_whose_GetText_throws_is_named_and_the_rest_is_generated()
    {
        var run = FuzzRunner.Run(new[]
        {
            FuzzFile.FromText(FuzzRunner.IndexPath, "| File | Title | Published |\n|---|---|---|\n| a.txt | Alpha | 2024-06-18 |\n| b.txt | Beta | 2024-06-18 |\n"),
            FuzzFile.Throwing(Root + "a.txt", () => new IOException("the disk is on fire")),
            FuzzFile.FromText(Root + "b.txt", "Foreign Ministry spokesperson Anna Berg said on Monday that Examplestan opposes the new tariffs."),
        });

        Assert.Null(run.Result.Exception);
        var d = Assert.Single(run.Diagnostics, d => d.Id == DiagnosticCatalog.InternalErrorId);
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.Equal(Root + "a.txt", d.Location.GetLineSpan().Path);
        var message = d.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("'a.txt'", message);
        Assert.Contains("IOException", message);
        Assert.Contains("the disk is on fire", message);
        var all = string.Concat(run.Result.GeneratedSources.Select(s => s.SourceText.ToString()));
        Assert.Contains("public static class Alpha", all);  // the failed document keeps its class, with metadata only
        Assert.Contains("public static class Beta", all);
        Assert.Contains("AnnaBerg", all);                   // and the other document is extracted as usual
        AssertClean(run, allowInternalError: true);
    }

    [Fact]
    public void SG0011_index_whose_GetText_throws_is_named()
    {
        var run = FuzzRunner.Run(new[]
        {
            FuzzFile.Throwing(FuzzRunner.IndexPath, () => new UnauthorizedAccessException("no access")),
            FuzzFile.FromText(Root + "a.txt", "Some text."),
        });

        Assert.Null(run.Result.Exception);
        var d = Assert.Single(run.Diagnostics, d => d.Id == DiagnosticCatalog.InternalErrorId);
        Assert.Equal(FuzzRunner.IndexPath, d.Location.GetLineSpan().Path);
        Assert.Contains("UnauthorizedAccessException", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        AssertClean(run, allowInternalError: true);
    }

    [Fact]
    public void Unreadable_document_is_reported_as_empty_not_as_a_crash()
    {
        var run = FuzzRunner.Run(new[]
        {
            FuzzFile.FromText(FuzzRunner.IndexPath, "| File |\n|---|\n| a.txt |\n"),
            FuzzFile.FromText(Root + "a.txt", null),
        });
        Assert.Equal(new[] { DiagnosticCatalog.EmptyDocumentId }, run.Diagnostics.Select(d => d.Id));
        AssertClean(run);
    }

    [Fact]
    public void Every_row_of_DIAGNOSTICS_md_names_tests_that_exist()
    {
        var doc = File.ReadAllLines(Path.Combine(SeedGen.Tests.Infrastructure.TestPaths.RepositoryRoot, "docs", "DIAGNOSTICS.md"));
        var testNames = typeof(GuardTests).Assembly.GetTypes().SelectMany(t => t.GetMethods()).Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
        var rows = doc.Where(l => l.StartsWith("| SG", StringComparison.Ordinal)).ToList();
        Assert.Equal(DiagnosticCatalog.All.Count, rows.Count);
        foreach (var row in rows)
        {
            var testCell = row.TrimEnd().TrimEnd('|').Split(" | ").Last();
            var named = System.Text.RegularExpressions.Regex.Matches(testCell, "`([A-Za-z0-9_]+)`").Select(m => m.Groups[1].Value).ToList();
            Assert.True(named.Count > 0, "no test named in: " + row.Substring(0, 12));
            Assert.All(named, n => Assert.True(testNames.Contains(n), row.Substring(0, 8) + " names a test that does not exist: " + n));
        }
    }

    /// <summary>Bug 1: Name cells the compiler reserves (<c>__arglist</c>) or that hide an object member (<c>Equals</c>: CS0108).</summary>
    [Theory]
    [InlineData("__arglist")]
    [InlineData("__makeref")]
    [InlineData("__reftype")]
    [InlineData("__refvalue")]
    [InlineData("Equals")]
    [InlineData("ToString")]
    [InlineData("GetHashCode")]
    [InlineData("GetType")]
    [InlineData("ReferenceEquals")]
    [InlineData("MemberwiseClone")]
    [InlineData("Finalize")]
    public void Name_cell_reserved_by_the_compiler_or_naming_an_object_member_compiles_cleanly(string name)
    {
        var run = FuzzRunner.Run(new[]
        {
            FuzzFile.FromText(FuzzRunner.IndexPath, "| File | Name |\n|---|---|\n| a.txt | " + name + " |\n"),
            FuzzFile.FromText(Root + "a.txt", "Foreign Ministry spokesperson Anna Berg said on Monday that Examplestan opposes the new tariffs."),
        });
        AssertClean(run);
    }

    /// <summary>Bug 1 (members): an official, event or position whose name is an object member's.</summary>
    [Fact]
    public void Official_named_like_an_object_member_compiles_cleanly()
    {
        var run = FuzzRunner.Run(new[]
        {
            FuzzFile.FromText(FuzzRunner.IndexPath, "| File |\n|---|\n| a.txt |\n"),
            FuzzFile.FromText(Root + "a.txt", "Foreign Ministry spokesperson Reference Equals said on Monday that Examplestan opposes the new tariffs.\n"
                + "Prime Minister Get Type met President Memberwise Clone in Paris on June 12, 2024.\n"
                + "Foreign Minister Get Hash Code said on Tuesday that Examplestan supports the talks.\n"),
        });
        var all = string.Concat(run.Result.GeneratedSources.Select(s => s.SourceText.ToString()));
        var hidden = new[] { "ReferenceEquals", "GetType", "MemberwiseClone", "GetHashCode" };
        var extracted = hidden.Where(h => all.Contains(h + "2", StringComparison.Ordinal)).ToList();
        Assert.True(extracted.Count > 0, "no official named like an object member was extracted; generated:\n" + all);
        Assert.All(hidden, h => Assert.DoesNotContain(" " + h + " {", all)); // never declared under the object member's name
        AssertClean(run);
    }

    /// <summary>Bug 2: a document matched to its row ignoring case was reported under the row's spelling, a path that does not exist.</summary>
    [Fact]
    public void Diagnostics_point_at_the_document_as_passed_when_it_matches_its_row_ignoring_case()
    {
        var run = FuzzRunner.Run(new[]
        {
            FuzzFile.FromText(FuzzRunner.IndexPath, "| File |\n|---|\n| doc.txt |\n"),
            FuzzFile.FromText(Root + "DOC.TXT", "   "),
        });
        var d = Assert.Single(run.Diagnostics);
        Assert.Equal(DiagnosticCatalog.EmptyDocumentId, d.Id);
        Assert.Equal(Root + "DOC.TXT", d.Location.GetLineSpan().Path);
        AssertClean(run);
    }

    /// <summary>Bug 3: a Name cell over the 1024-byte metadata limit compiled but failed at emit (CS7013).</summary>
    [Theory]
    [InlineData('N', 1100)]
    [InlineData('\u4E2D', 400)] // 1,200 UTF-8 bytes in 400 characters
    public void Overlong_Name_cell_is_shortened_and_reported(char letter, int count)
    {
        var name = new string(letter, count);

        // The premise: such a type name compiles but cannot be emitted.
        var tree = Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText("class " + name + " { }");
        var premise = Microsoft.CodeAnalysis.CSharp.CSharpCompilation.Create("premise", new[] { tree }, new[] { Basic.Reference.Assemblies.Net100.References.SystemRuntime },
            new Microsoft.CodeAnalysis.CSharp.CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)).Emit(new MemoryStream());
        Assert.Contains(premise.Diagnostics, d => d.Id == "CS7013");

        var run = FuzzRunner.Run(new[]
        {
            FuzzFile.FromText(FuzzRunner.IndexPath, "| File | Name |\n|---|---|\n| a.txt | " + name + " |\n"),
            FuzzFile.FromText(Root + "a.txt", "Some text."),
        });
        Assert.Contains(run.Diagnostics, d => d.Id == DiagnosticCatalog.BadNameId);
        AssertClean(run);
    }

    /// <summary>Bug 4: an all-lower-case ASCII Name cell is a type name the compiler warns about (CS8981).</summary>
    [Theory]
    [InlineData("mydoc")]
    [InlineData("record")]
    [InlineData("var")]
    [InlineData("file")]
    [InlineData("required")]
    [InlineData("scoped")]
    [InlineData("dynamic")]
    public void Lower_case_Name_cell_compiles_cleanly(string name)
    {
        var run = FuzzRunner.Run(new[]
        {
            FuzzFile.FromText(FuzzRunner.IndexPath, "| File | Name |\n|---|---|\n| a.txt | " + name + " |\n"),
            FuzzFile.FromText(Root + "a.txt", "Some text."),
        });
        var d = Assert.Single(run.Diagnostics, d => d.Id == DiagnosticCatalog.BadNameId);
        Assert.Contains("'" + char.ToUpperInvariant(name[0]) + name.Substring(1) + "' is used instead", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        AssertClean(run);
    }
}
