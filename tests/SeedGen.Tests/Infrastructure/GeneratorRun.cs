using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit.Sdk;

namespace SeedGen.Tests.Infrastructure;

/// <summary>
/// One run of the generator driver: what it generated and reported, the compilation with the
/// generated sources in it, and the driver itself, so that the next run (after an edit, see the
/// With* methods) reuses its cache exactly as the IDE does between keystrokes.
/// </summary>
public sealed class GeneratorRun
{
    private readonly GeneratorOptionsState _options;
    private readonly Lazy<ImmutableArray<Diagnostic>> _compilationDiagnostics;

    private GeneratorRun(
        GeneratorDriver driver,
        Compilation inputCompilation,
        Compilation outputCompilation,
        ImmutableArray<InMemoryAdditionalText> additionalTexts,
        GeneratorOptionsState options,
        ImmutableArray<Diagnostic> generatorDiagnostics)
    {
        Driver = driver;
        InputCompilation = inputCompilation;
        OutputCompilation = outputCompilation;
        AdditionalTexts = additionalTexts;
        _options = options;
        GeneratorDiagnostics = generatorDiagnostics;
        RunResult = driver.GetRunResult();
        Result = RunResult.Results.Single();
        GeneratedSources = Result.GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal).ToImmutableArray();
        Sources = GeneratedSources.ToImmutableSortedDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);
        _compilationDiagnostics = new Lazy<ImmutableArray<Diagnostic>>(() => outputCompilation.GetDiagnostics());
    }

    internal static GeneratorRun Execute(
        GeneratorDriver driver,
        Compilation input,
        ImmutableArray<InMemoryAdditionalText> additionalTexts,
        GeneratorOptionsState options,
        CancellationToken cancellationToken)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(input, out var output, out var diagnostics, cancellationToken);
        var run = new GeneratorRun(driver, input, output, additionalTexts, options, diagnostics);
        if (run.Result.Exception is { } exception)
        {
            // The compiler would turn this into warning CS8785 and generate nothing: never what a test wants.
            throw new InvalidOperationException("The generator threw: " + exception.GetType().Name + ": " + exception.Message, exception);
        }
        return run;
    }

    public GeneratorDriver Driver { get; }

    /// <summary>The user's compilation, before generation.</summary>
    public Compilation InputCompilation { get; }

    /// <summary>The user's compilation with the generated sources added.</summary>
    public Compilation OutputCompilation { get; }

    public ImmutableArray<InMemoryAdditionalText> AdditionalTexts { get; }

    public GeneratorDriverRunResult RunResult { get; }

    /// <summary>The result of the (single) generator, with its tracked steps.</summary>
    public GeneratorRunResult Result { get; }

    /// <summary>Generated sources, ordered by hint name.</summary>
    public ImmutableArray<GeneratedSourceResult> GeneratedSources { get; }

    /// <summary>Hint name to generated text.</summary>
    public ImmutableSortedDictionary<string, string> Sources { get; }

    /// <summary>What the generator reported.</summary>
    public ImmutableArray<Diagnostic> GeneratorDiagnostics { get; }

    /// <summary>What the compiler reports on the output compilation (user code plus generated code); computed on first use.</summary>
    public ImmutableArray<Diagnostic> CompilationDiagnostics => _compilationDiagnostics.Value;

    /// <summary>Generator diagnostics followed by the output compilation's.</summary>
    public ImmutableArray<Diagnostic> Diagnostics => GeneratorDiagnostics.AddRange(CompilationDiagnostics);

    /// <summary>The text generated under <paramref name="hintName"/>; fails listing the hint names there are.</summary>
    public string Source(string hintName)
    {
        if (Sources.TryGetValue(hintName, out var text)) return text;
        throw new XunitException("No source was generated with hint name '" + hintName + "'. Generated: " +
            (Sources.Count == 0 ? "(none)" : string.Join(", ", Sources.Keys)));
    }

    // ---- Running again -------------------------------------------------------------------------

    /// <summary>
    /// Runs the driver again on a copy of the same compilation (a new Compilation object, as after
    /// an unrelated keystroke): every well-cached step should come out Cached or Unchanged.
    /// </summary>
    public GeneratorRun RunAgain(CancellationToken cancellationToken = default) =>
        Execute(Driver, InputCompilation.Clone(), AdditionalTexts, _options, cancellationToken);

    /// <summary>Replaces the AdditionalFile at <paramref name="path"/> (or adds it) and runs again.</summary>
    public GeneratorRun WithAdditionalText(string path, string? text, CancellationToken cancellationToken = default)
    {
        var full = GeneratorHarness.Rooted(path);
        var replacement = new InMemoryAdditionalText(full, text);
        var index = -1;
        for (var i = 0; i < AdditionalTexts.Length && index < 0; i++)
        {
            if (AdditionalTexts[i].Path == full) index = i;
        }
        GeneratorDriver driver;
        ImmutableArray<InMemoryAdditionalText> texts;
        if (index >= 0)
        {
            driver = Driver.ReplaceAdditionalText(AdditionalTexts[index], replacement);
            texts = AdditionalTexts.SetItem(index, replacement);
        }
        else
        {
            driver = Driver.AddAdditionalTexts(ImmutableArray.Create<AdditionalText>(replacement));
            texts = AdditionalTexts.Add(replacement);
        }
        return Execute(driver, InputCompilation, texts, _options, cancellationToken);
    }

    /// <summary>Removes the AdditionalFile at <paramref name="path"/> and runs again.</summary>
    public GeneratorRun WithoutAdditionalText(string path, CancellationToken cancellationToken = default)
    {
        var full = GeneratorHarness.Rooted(path);
        var existing = AdditionalTexts.FirstOrDefault(t => t.Path == full)
            ?? throw new ArgumentException("No AdditionalFile at '" + full + "'.", nameof(path));
        var driver = Driver.RemoveAdditionalTexts(ImmutableArray.Create<AdditionalText>(existing));
        return Execute(driver, InputCompilation, AdditionalTexts.Remove(existing), _options, cancellationToken);
    }

    /// <summary>Replaces the C# source at <paramref name="path"/> (or adds it) and runs again.</summary>
    public GeneratorRun WithSource(string path, string source, CancellationToken cancellationToken = default)
    {
        var full = GeneratorHarness.Rooted(path);
        var parseOptions = (CSharpParseOptions)(InputCompilation.SyntaxTrees.FirstOrDefault()?.Options ?? CSharpParseOptions.Default);
        var tree = CSharpSyntaxTree.ParseText(source, parseOptions, full, cancellationToken: cancellationToken);
        var old = InputCompilation.SyntaxTrees.FirstOrDefault(t => t.FilePath == full);
        var compilation = old is null ? InputCompilation.AddSyntaxTrees(tree) : InputCompilation.ReplaceSyntaxTree(old, tree);
        return Execute(Driver, compilation, AdditionalTexts, _options, cancellationToken);
    }

    /// <summary>Sets (or, with null, removes) a global analyzer config option and runs again.</summary>
    public GeneratorRun WithGlobalOption(string key, string? value, CancellationToken cancellationToken = default)
    {
        var global = value is null ? _options.Global.Remove(key) : _options.Global.SetItem(key, value);
        var options = _options with { Global = global };
        var driver = Driver.WithUpdatedAnalyzerConfigOptions(options.ToProvider());
        return Execute(driver, InputCompilation, AdditionalTexts, options, cancellationToken);
    }

    /// <summary>Sets (or removes) <c>build_property.{name}</c> and runs again.</summary>
    public GeneratorRun WithProperty(string name, string? value, CancellationToken cancellationToken = default) =>
        WithGlobalOption("build_property." + name, value, cancellationToken);

    // ---- Incrementality ------------------------------------------------------------------------

    /// <summary>
    /// Names Roslyn gives its own input and output nodes (WellKnownGeneratorInputs/Outputs): their
    /// outputs are compilations, syntax trees and texts by design, so the checks leave them out.
    /// </summary>
    public static readonly ImmutableHashSet<string> RoslynStepNames = ImmutableHashSet.Create(
        StringComparer.Ordinal,
        "Compilation", "CompilationOptions", "ParseOptions", "AdditionalTexts", "SyntaxTrees", "AnalyzerConfigOptions",
        "MetadataReferences", "SourceOutput", "ImplementationSourceOutput", "HostOutput");

    /// <summary>The tracking names of the generator's own steps (WithTrackingName) this run recorded, sorted.</summary>
    public IReadOnlyList<string> TrackedStepNames =>
        Result.TrackedSteps.Keys.Where(k => !RoslynStepNames.Contains(k)).OrderBy(k => k, StringComparer.Ordinal).ToArray();

    /// <summary>
    /// The run reason of every output of every execution of the step named <paramref name="trackingName"/>
    /// (a Select runs once per input item). Fails when no step has that name, so a typo cannot pass.
    /// </summary>
    public IReadOnlyList<IncrementalStepRunReason> StepReasons(string trackingName) =>
        Steps(trackingName).SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray();

    /// <summary>The values of every output of the step named <paramref name="trackingName"/>.</summary>
    public IReadOnlyList<object> StepOutputs(string trackingName) =>
        Steps(trackingName).SelectMany(s => s.Outputs).Select(o => o.Value).ToArray();

    /// <summary>Run reasons of the source-output nodes (RegisterSourceOutput and friends).</summary>
    public IReadOnlyList<IncrementalStepRunReason> OutputReasons() =>
        Result.TrackedOutputSteps.SelectMany(p => p.Value).SelectMany(s => s.Outputs).Select(o => o.Reason).ToArray();

    /// <summary>Fails unless every output of each named step is Cached or Unchanged.</summary>
    public void AssertStepsCached(params string[] trackingNames)
    {
        var problems = new List<string>();
        foreach (var name in trackingNames)
        {
            var reasons = StepReasons(name);
            for (var i = 0; i < reasons.Count; i++)
            {
                if (reasons[i] is not (IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged))
                    problems.Add(name + " output #" + i + " was " + reasons[i]);
            }
        }
        if (problems.Count > 0)
            throw new XunitException("Expected cached steps, but:\n  " + string.Join("\n  ", problems));
    }

    /// <summary>Fails unless every tracked step of this run is Cached or Unchanged (after <see cref="RunAgain"/>).</summary>
    public void AssertAllStepsCached() => AssertStepsCached(TrackedStepNames.ToArray());

    /// <summary>
    /// Walks every output of every tracked step (fields, recursively) and fails if one is or holds
    /// a Compilation, ISymbol, SyntaxNode, SyntaxTree, SemanticModel or Location: such models keep
    /// old compilations alive and defeat caching.
    /// </summary>
    public void AssertNoRoslynObjectsInSteps()
    {
        var problems = new List<string>();
        foreach (var pair in Result.TrackedSteps.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (RoslynStepNames.Contains(pair.Key)) continue;
            var i = 0;
            foreach (var step in pair.Value)
            {
                foreach (var (value, _) in step.Outputs)
                {
                    problems.AddRange(ModelInspector.FindRoslynObjects(value, pair.Key + "[" + i + "]"));
                    i++;
                }
            }
        }
        if (problems.Count > 0)
            throw new XunitException("Tracked step outputs hold Roslyn objects:\n  " + string.Join("\n  ", problems.Distinct()));
    }

    // ---- Output --------------------------------------------------------------------------------

    /// <summary>Fails if the output compilation (user code plus generated code) has any warning or error.</summary>
    public void AssertOutputCompilationClean()
    {
        var bad = CompilationDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();
        if (bad.Length > 0)
            throw new XunitException("The output compilation has warnings or errors:\n  " + string.Join("\n  ", bad.Select(d => d.ToString())));
    }

    /// <summary>Ids of the generator's diagnostics, in report order.</summary>
    public IReadOnlyList<string> GeneratorDiagnosticIds => GeneratorDiagnostics.Select(d => d.Id).ToArray();

    private ImmutableArray<IncrementalGeneratorRunStep> Steps(string trackingName)
    {
        if (Result.TrackedSteps.TryGetValue(trackingName, out var steps)) return steps;
        throw new XunitException("No step is tracked as '" + trackingName + "'. Tracked: " +
            (TrackedStepNames.Count == 0 ? "(none)" : string.Join(", ", TrackedStepNames)));
    }
}
