using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SeedGen.Generator;

namespace SeedGen.Benchmarks;

/// <summary>An AdditionalFile in memory; immutable, as the compiler's are (an edit is a new instance).</summary>
public sealed class MemoryAdditionalText : AdditionalText
{
    private readonly SourceText _text;

    public MemoryAdditionalText(string path, string text)
    {
        Path = path;
        _text = SourceText.From(text, Encoding.UTF8);
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>Global analyzer config options (build_property.X), as MSBuild's generated .editorconfig gives them.</summary>
public sealed class MemoryOptionsProvider : AnalyzerConfigOptionsProvider
{
    private sealed class Options : AnalyzerConfigOptions
    {
        private readonly ImmutableDictionary<string, string> _values;

        public Options(ImmutableDictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);
    }

    private static readonly Options Empty = new(ImmutableDictionary<string, string>.Empty);

    public MemoryOptionsProvider(IEnumerable<KeyValuePair<string, string>> global) =>
        GlobalOptions = new Options(ImmutableDictionary.CreateRange(StringComparer.OrdinalIgnoreCase, global));

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Empty;
}

/// <summary>
/// The in-memory project a driver benchmark runs SeedGen over: one small C# file, INDEX.md and
/// N documents as AdditionalFiles, the MSBuild properties SeedGen reads.
/// </summary>
public sealed class GeneratorProject
{
    public const string ProjectDir = "/Bench/";
    public const string SeedsDir = ProjectDir + "seeds/";

    /// <summary>
    /// How the compilation parses doc comments, and so how the driver parses SeedGen's output. Default
    /// <see cref="DocumentationMode.None"/>: what <c>dotnet build</c> passes to csc unless
    /// GenerateDocumentationFile is set (then Diagnose). <c>SEEDGEN_BENCH_DOCMODE=Parse</c> (or
    /// <c>Diagnose</c>) measures the IDE-like case where every doc comment is parsed into structure
    /// (an environment variable, so BenchmarkDotNet's child processes see it too).
    /// </summary>
    public static readonly DocumentationMode DocumentationMode =
        Enum.TryParse<DocumentationMode>(Environment.GetEnvironmentVariable("SEEDGEN_BENCH_DOCMODE"), ignoreCase: true, out var mode) ? mode : DocumentationMode.None;

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode);

    public const string UserSource = """
        namespace BenchProject;

        public static class Program
        {
            public static int Main() => 0;
        }
        """;

    public GeneratorProject(int documentCount)
    {
        Corpus = Corpus.Get(documentCount);
        var texts = new List<MemoryAdditionalText> { new(SeedsDir + "INDEX.md", Corpus.Index) };
        foreach (var d in Corpus.Documents) texts.Add(new MemoryAdditionalText(SeedsDir + d.File, d.Text));
        AdditionalTexts = texts.ToImmutableArray();
        UserTree = CSharpSyntaxTree.ParseText(UserSource, ParseOptions, ProjectDir + "Program.cs");
        Compilation = CSharpCompilation.Create(
            "BenchProject",
            new[] { UserTree },
            Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, deterministic: true));
        Options = new MemoryOptionsProvider(new Dictionary<string, string>
        {
            ["build_property.RootNamespace"] = "BenchProject",
            ["build_property.SeedGenNamespace"] = "BenchProject.Seeds",
            ["build_property.SeedGenIndex"] = "seeds/INDEX.md",
            ["build_property.ProjectDir"] = ProjectDir,
        });
    }

    public Corpus Corpus { get; }

    /// <summary>INDEX.md first, then the documents in corpus order (document i is at i + 1).</summary>
    public ImmutableArray<MemoryAdditionalText> AdditionalTexts { get; }

    public SyntaxTree UserTree { get; }

    public CSharpCompilation Compilation { get; }

    public MemoryOptionsProvider Options { get; }

    /// <summary>A fresh driver, as a command-line build starts with.</summary>
    public GeneratorDriver CreateDriver(bool trackSteps = false) =>
        CSharpGeneratorDriver.Create(
            new[] { new SeedGenerator().AsSourceGenerator() },
            AdditionalTexts.CastArray<AdditionalText>(),
            ParseOptions,
            Options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>The additional text of corpus document <paramref name="documentIndex"/> with another text.</summary>
    public MemoryAdditionalText Edited(int documentIndex, int variant) =>
        new(SeedsDir + Corpus.Documents[documentIndex].File, Corpus.EditedText(documentIndex, variant));

    /// <summary>The compilation with Program.cs edited (a comment and a new member): what typing in a .cs file gives.</summary>
    public CSharpCompilation WithEditedCSharp(int variant)
    {
        var edited = CSharpSyntaxTree.ParseText(
            UserSource + "\n// edit " + variant + "\npublic static class Edited" + variant + " { public static int Value => " + variant + "; }\n",
            ParseOptions, ProjectDir + "Program.cs");
        return Compilation.ReplaceSyntaxTree(UserTree, edited);
    }

    /// <summary>The generated sources of a run, by hint name.</summary>
    public static Dictionary<string, string> Outputs(GeneratorDriver driver)
    {
        var result = driver.GetRunResult().Results.Single();
        if (result.Exception is { } ex) throw new InvalidOperationException("The generator threw.", ex);
        return result.GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);
    }
}
