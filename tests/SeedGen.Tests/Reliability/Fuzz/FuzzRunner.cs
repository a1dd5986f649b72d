extern alias gen;

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SeedGen.Tests.Infrastructure;

namespace SeedGen.Tests.Reliability.Fuzz;

/// <summary>What one generator run gave: the generator's result, its diagnostics and the output compilation.</summary>
internal sealed record FuzzRun(GeneratorRunResult Result, Compilation Output, ImmutableArray<Diagnostic> Diagnostics, IReadOnlyList<AdditionalText> Files);

/// <summary>
/// Runs SeedGen the way the compiler does, on arbitrary AdditionalTexts (the harness only takes
/// strings): one shared empty compilation against System.Runtime and System.Collections of .NET 10 (all the generated code needs; binding
/// it is several times cheaper than the full reference set), a fresh
/// driver per case, XML doc comments parsed in Diagnose mode so a broken doc comment is a
/// diagnostic of the generated tree.
/// </summary>
internal static class FuzzRunner
{
    public const string ProjectDirectory = "/TestProject/";
    public const string Namespace = "TestProject";
    public const string IndexPath = ProjectDirectory + "seeds/INDEX.md";

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    private static readonly CSharpCompilation BaseCompilation = CSharpCompilation.Create(
        Namespace,
        Array.Empty<SyntaxTree>(),
        new[] { Basic.Reference.Assemblies.Net100.References.SystemRuntime, Basic.Reference.Assemblies.Net100.References.SystemCollections },
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, deterministic: true)
            .WithWarningLevel(9999)); // every warning wave, as current SDKs enable them (CS8981 is wave 7)

    private static readonly TestAnalyzerConfigOptionsProvider Options = new(new[]
    {
        new KeyValuePair<string, string>("build_property.RootNamespace", Namespace),
    });

    public static FuzzRun Run(IReadOnlyList<AdditionalText> files, CancellationToken cancellationToken = default)
    {
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new gen::SeedGen.Generator.SeedGenerator().AsSourceGenerator() },
            files,
            ParseOptions,
            Options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));
        driver = driver.RunGeneratorsAndUpdateCompilation(BaseCompilation, out var output, out var diagnostics, cancellationToken);
        return new FuzzRun(driver.GetRunResult().Results.Single(), output, diagnostics, files);
    }
}
