using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Xunit;
using Xunit.Sdk;

namespace SeedGen.Tests.Infrastructure;

/// <summary>The harness itself, on small generators defined in the tests (TestGenerators.cs).</summary>
public sealed class GeneratorHarnessTests
{
    private static GeneratorRun RunTwoTexts() =>
        new GeneratorHarness(new WellBehavedGenerator())
            .WithProperty("RootNamespace", "Demo")
            .WithSource("namespace Demo; public static class User { public static string A => Alpha.Text; }", "User.cs")
            .WithAdditionalText("texts/Alpha.txt", "First \"quoted\" line.\r\nSecond line.")
            .WithAdditionalText("texts/Beta.txt", "Beta text.")
            .WithAdditionalText("texts/ignored.md", "not a .txt file")
            .Run();

    [Fact]
    public void Run_GeneratesOneSourcePerTextThatCompilesWithTheUsersCode()
    {
        var run = RunTwoTexts();

        Assert.Equal(new[] { "Alpha.g.cs", "Beta.g.cs" }, run.Sources.Keys);
        Assert.Contains("namespace Demo;", run.Source("Alpha.g.cs"));
        Assert.Contains("public const string Text = \"Beta text.\";", run.Source("Beta.g.cs"));
        Assert.Empty(run.GeneratorDiagnostics);
        run.AssertOutputCompilationClean();
        Assert.Equal(3, run.OutputCompilation.SyntaxTrees.Count());
    }

    [Fact]
    public void RelativePaths_AreRootedUnderTheProjectDirectory()
    {
        var run = RunTwoTexts();

        Assert.Contains(run.AdditionalTexts, t => t.Path == "/TestProject/texts/Alpha.txt");
        Assert.Contains(run.InputCompilation.SyntaxTrees, t => t.FilePath == "/TestProject/User.cs");
    }

    [Fact]
    public void Source_WithAnUnknownHintName_FailsListingTheGeneratedOnes()
    {
        var run = RunTwoTexts();

        var e = Assert.Throws<XunitException>(() => run.Source("Gamma.g.cs"));
        Assert.Contains("Alpha.g.cs, Beta.g.cs", e.Message);
    }

    [Fact]
    public void FirstRun_ReportsEveryOutputAsNew()
    {
        var run = RunTwoTexts();

        Assert.Equal(new[] { IncrementalStepRunReason.New, IncrementalStepRunReason.New }, run.StepReasons("Texts"));
        Assert.Equal(new[] { "Combined", "Namespace", "Texts" }, run.TrackedStepNames);
    }

    [Fact]
    public void RunAgain_OnANewCompilation_CachesEveryStepAndOutput()
    {
        var first = RunTwoTexts();
        var second = first.RunAgain();

        Assert.NotSame(first.InputCompilation, second.InputCompilation);
        second.AssertAllStepsCached();
        Assert.All(second.StepReasons("Texts"), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.All(second.OutputReasons(), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
        Assert.Equal(first.Sources, second.Sources);
    }

    [Fact]
    public void EditingOneAdditionalText_RerunsOnlyThatText()
    {
        var second = RunTwoTexts().WithAdditionalText("texts/Beta.txt", "Beta, edited.");

        var reasons = second.StepReasons("Texts");
        Assert.Equal(1, reasons.Count(r => r == IncrementalStepRunReason.Modified));
        Assert.Equal(1, reasons.Count(r => r == IncrementalStepRunReason.Cached));
        second.AssertStepsCached("Namespace");
        Assert.Contains("\"Beta, edited.\"", second.Source("Beta.g.cs"));
        Assert.Equal("Beta, edited.", second.AdditionalTexts.Single(t => t.Path.EndsWith("Beta.txt")).Content);
    }

    [Fact]
    public void AddingAndRemovingAdditionalTexts_AddsAndRemovesSources()
    {
        var added = RunTwoTexts().WithAdditionalText("texts/Gamma.txt", "Gamma.");
        Assert.Equal(new[] { "Alpha.g.cs", "Beta.g.cs", "Gamma.g.cs" }, added.Sources.Keys);

        var removed = added.WithoutAdditionalText("texts/Alpha.txt");
        Assert.Equal(new[] { "Beta.g.cs", "Gamma.g.cs" }, removed.Sources.Keys);
        Assert.Contains(IncrementalStepRunReason.Removed, removed.StepReasons("Texts"));
    }

    [Fact]
    public void ChangingAProperty_RerunsTheOptionsStepButNotTheTexts()
    {
        var second = RunTwoTexts().WithProperty("RootNamespace", "Other");

        Assert.Equal(new[] { IncrementalStepRunReason.Modified }, second.StepReasons("Namespace"));
        second.AssertStepsCached("Texts");
        Assert.Contains("namespace Other;", second.Source("Alpha.g.cs"));
    }

    [Fact]
    public void RemovingAProperty_FallsBackToTheGeneratorsDefault()
    {
        var second = RunTwoTexts().WithProperty("RootNamespace", null);

        Assert.Contains("namespace Generated;", second.Source("Alpha.g.cs"));
    }

    [Fact]
    public void EditingUserCode_LeavesAdditionalTextStepsCached()
    {
        var second = RunTwoTexts().WithSource("Other.cs", "namespace Demo; internal sealed class Other { }");

        second.AssertAllStepsCached();
        Assert.Equal(2, second.InputCompilation.SyntaxTrees.Count());
    }

    [Fact]
    public void AssertStepsCached_FailsOnAModifiedStep()
    {
        var second = RunTwoTexts().WithAdditionalText("texts/Alpha.txt", "changed");

        var e = Assert.Throws<XunitException>(() => second.AssertStepsCached("Texts"));
        Assert.Contains("Texts output #", e.Message);
        Assert.Contains("Modified", e.Message);
    }

    [Fact]
    public void StepReasons_OfAnUntrackedName_Fails()
    {
        var e = Assert.Throws<XunitException>(() => RunTwoTexts().StepReasons("Txets"));
        Assert.Contains("Combined, Namespace, Texts", e.Message);
    }

    [Fact]
    public void StepOutputs_AreTheModels()
    {
        var outputs = RunTwoTexts().StepOutputs("Texts");

        Assert.Equal(2, outputs.Count);
        Assert.Contains(outputs, o => o.ToString()!.Contains("Beta text."));
    }

    [Fact]
    public void NoRoslynObjects_PassesForPlainModels()
    {
        RunTwoTexts().AssertNoRoslynObjectsInSteps();
    }

    [Fact]
    public void NoRoslynObjects_FailsForSyntaxNodesAndACompilationHiddenInAList()
    {
        var run = new GeneratorHarness(new LeakyGenerator())
            .WithSource("public class A { } public class B { }")
            .Run();

        Assert.Equal("// A,B\n", run.Source("Names.g.cs"));
        var e = Assert.Throws<XunitException>(() => run.AssertNoRoslynObjectsInSteps());
        Assert.Contains("Classes[0] is a SyntaxNode", e.Message);
        Assert.Contains("Wrapped[0].Items", e.Message);
        Assert.Contains("is a Compilation", e.Message);
        Assert.DoesNotContain("Names[", e.Message);
    }

    [Fact]
    public void ModelInspector_FindsALocationInsideATuple()
    {
        var found = ModelInspector.FindRoslynObjects((1, new[] { "a" }, Location.None), "root");

        Assert.Equal(new[] { "root.Item3 is a Location (Microsoft.CodeAnalysis.NoLocation)" }, found);
    }

    [Fact]
    public void OutputCompilationClean_FailsOnAnErrorInTheUsersCode()
    {
        var run = new GeneratorHarness(new WellBehavedGenerator())
            .WithSource("public static class Broken { public static int X => \"text\"; }")
            .Run();

        var e = Assert.Throws<XunitException>(() => run.AssertOutputCompilationClean());
        Assert.Contains("CS0029", e.Message);
    }

    [Fact]
    public void GeneratorDiagnostics_CarryTheirLocationInTheAdditionalFile()
    {
        var run = new GeneratorHarness(new WellBehavedGenerator())
            .WithAdditionalText("texts/Empty.txt", "  ")
            .Run();

        var d = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("TST001", d.Id);
        Assert.Equal("/TestProject/texts/Empty.txt", d.Location.GetLineSpan().Path);
        Assert.Equal(new[] { "TST001" }, run.GeneratorDiagnosticIds);
        Assert.Contains(run.Diagnostics, x => x.Id == "TST001");
    }

    [Fact]
    public Task Snapshot_OfTwoSources()
    {
        return SnapshotAssert.Verify(RunTwoTexts());
    }

    [Fact]
    public Task Snapshot_WithADiagnostic()
    {
        var run = new GeneratorHarness(new WellBehavedGenerator())
            .WithAdditionalText("texts/Empty.txt", string.Empty)
            .Run();

        return SnapshotAssert.Verify(run);
    }
}
