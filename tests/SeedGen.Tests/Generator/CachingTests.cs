extern alias gen;

using System.Linq;
using Microsoft.CodeAnalysis;
using Xunit;
using Names = gen::SeedGen.Generator.TrackingNames;

namespace SeedGen.Tests.Generator;

/// <summary>Incrementality, asserted by counting steps (never by time).</summary>
public class CachingTests
{
    private static int Count(System.Collections.Generic.IReadOnlyList<IncrementalStepRunReason> reasons, params IncrementalStepRunReason[] kinds) =>
        reasons.Count(kinds.Contains);

    [Fact]
    public void Rerun_without_changes_caches_every_step()
    {
        var again = GeneratorFixtures.Corpus(5).Run().RunAgain();

        again.AssertAllStepsCached();
        Assert.Equal(5, again.StepReasons(Names.Extraction).Count);
    }

    [Fact]
    public void Editing_CSharp_reextracts_nothing_and_regenerates_nothing()
    {
        var edited = GeneratorFixtures.Corpus(5).Run().WithSource("User.cs", "namespace TestProject { class User { } }");

        edited.AssertAllStepsCached();
        Assert.All(edited.OutputReasons(), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, r.ToString()));
    }

    [Fact]
    public void Editing_one_document_reextracts_only_that_document()
    {
        var first = GeneratorFixtures.Corpus(20).Run();
        var edited = first.WithAdditionalText("seeds/doc7.txt", GeneratorFixtures.Document(7, " Ms Kim Sun, the Trade Minister, visited Berlin on Friday."));

        foreach (var step in new[] { Names.Extraction, Names.DocumentPlan })
        {
            var reasons = edited.StepReasons(step);
            Assert.Equal(1, Count(reasons, IncrementalStepRunReason.Modified, IncrementalStepRunReason.New));
            Assert.Equal(19, Count(reasons, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged));
        }
    }

    [Fact]
    public void Editing_one_document_changes_only_the_files_that_contain_it()
    {
        var first = GeneratorFixtures.Corpus(20).Run();
        var edited = first.WithAdditionalText("seeds/doc7.txt", GeneratorFixtures.Document(7, " Trade Minister Nora Quist visited Rome on Friday."));

        var changed = edited.Sources.Where(p => first.Sources[p.Key] != p.Value).Select(p => p.Key).ToList();
        var group = "SeedGen.Documents.G" + SeedGen.Emit.CorpusPlanner.GroupOf("doc7.txt").ToString("D2", System.Globalization.CultureInfo.InvariantCulture) + ".g.cs";
        Assert.All(changed, hint => Assert.True(hint == group || hint == "SeedGen.Catalog.g.cs", hint + " changed"));
        Assert.Contains(group, changed);
    }

    [Fact]
    public void Moving_adding_or_removing_an_index_row_reextracts_no_unchanged_document()
    {
        var first = GeneratorFixtures.Corpus(10).Run();
        var lines = GeneratorFixtures.Index(10).Split('\n').ToList();
        var row = lines.FindIndex(l => l.StartsWith("| doc3.txt", System.StringComparison.Ordinal));
        var moved = lines[row];
        lines.RemoveAt(row);
        lines.Insert(lines.FindIndex(l => l.StartsWith("| doc0.txt", System.StringComparison.Ordinal)), moved);

        var reordered = first.WithAdditionalText("seeds/INDEX.md", string.Join("\n", lines));
        Assert.Equal(0, Count(reordered.StepReasons(Names.Extraction), IncrementalStepRunReason.Modified, IncrementalStepRunReason.New));

        var removed = reordered.WithAdditionalText("seeds/INDEX.md", GeneratorFixtures.Index(10, skip: 4));
        Assert.Equal(0, Count(removed.StepReasons(Names.Extraction), IncrementalStepRunReason.Modified, IncrementalStepRunReason.New));

        var added = removed
            .WithAdditionalText("seeds/doc10.txt", GeneratorFixtures.Document(10))
            .WithAdditionalText("seeds/INDEX.md", GeneratorFixtures.Index(11, skip: 4));
        Assert.Equal(1, Count(added.StepReasons(Names.Extraction), IncrementalStepRunReason.Modified, IncrementalStepRunReason.New));
    }

    [Fact]
    public void Removing_a_document_removes_its_generated_source()
    {
        var harness = GeneratorFixtures.New()
            .WithAdditionalText("seeds/INDEX.md", GeneratorFixtures.IndexHeader + "| a.txt | A | 2024 | T |\n")
            .WithAdditionalText("seeds/a.txt", GeneratorFixtures.Document(1));
        var first = harness.Run();
        var group = "SeedGen.Documents.G" + SeedGen.Emit.CorpusPlanner.GroupOf("a.txt").ToString("D2", System.Globalization.CultureInfo.InvariantCulture) + ".g.cs";
        Assert.Contains(group, first.Sources.Keys);

        var removed = first.WithAdditionalText("seeds/INDEX.md", GeneratorFixtures.IndexHeader).WithoutAdditionalText("seeds/a.txt");

        Assert.DoesNotContain(group, removed.Sources.Keys);
        removed.AssertOutputCompilationClean();
    }

    [Fact]
    public void No_step_holds_a_symbol_syntax_node_compilation_or_location()
    {
        var run = GeneratorFixtures.Corpus(3).Run();
        run.AssertNoRoslynObjectsInSteps();
        run.WithAdditionalText("seeds/doc1.txt", "Changed text.").AssertNoRoslynObjectsInSteps();
    }

    [Fact]
    public void Every_pipeline_step_is_tracked()
    {
        var names = GeneratorFixtures.Corpus(2).Run().TrackedStepNames;
        foreach (var expected in new[] { Names.Options, Names.IndexParsed, Names.ListedEntries, Names.DocumentInput, Names.Extraction, Names.DocumentPlan, Names.Plan, Names.Emit, Names.Diagnostics })
        {
            Assert.Contains(expected, names);
        }
    }
}
