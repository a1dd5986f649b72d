using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SeedGen.Benchmarks;

/// <summary>
/// Re-runs of a warm driver at 1,000 documents. A GeneratorDriver is immutable: every operation
/// starts from the same warm driver, applies the same edit, and runs, so each op measures
/// exactly one incremental re-run. The step counts behind these times are printed by --verify.
/// </summary>
[MemoryDiagnoser]
public class IncrementalBenchmarks
{
    public const int DocumentCount = 1000;
    public const int EditedDocument = 500;

    private GeneratorProject _project = null!;
    private GeneratorDriver _warm = null!;
    private AdditionalText _original = null!;
    private AdditionalText _edited = null!;
    private CSharpCompilation _editedCompilation = null!;

    [GlobalSetup]
    public void Setup()
    {
        _project = new GeneratorProject(DocumentCount);
        _warm = _project.CreateDriver().RunGenerators(_project.Compilation);
        _original = _project.AdditionalTexts[EditedDocument + 1];
        _edited = _project.Edited(EditedDocument, 1);
        _editedCompilation = _project.WithEditedCSharp(1);
    }

    [Benchmark(Baseline = true, Description = "Full run, 1,000 docs (reference)")]
    public GeneratorDriver FullRun() => _project.CreateDriver().RunGenerators(_project.Compilation);

    [Benchmark(Description = "Re-run, nothing changed")]
    public GeneratorDriver RerunUnchanged() => _warm.RunGenerators(_project.Compilation);

    [Benchmark(Description = "Re-run after editing 1 of 1,000 documents")]
    public GeneratorDriver RerunAfterDocumentEdit() =>
        _warm.ReplaceAdditionalText(_original, _edited).RunGenerators(_project.Compilation);

    [Benchmark(Description = "Re-run after editing a .cs file")]
    public GeneratorDriver RerunAfterCSharpEdit() => _warm.RunGenerators(_editedCompilation);
}
