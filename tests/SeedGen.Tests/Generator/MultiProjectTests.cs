extern alias gen;

using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SeedGen.Tests.Infrastructure;
using Xunit;

namespace SeedGen.Tests.Generator;

/// <summary>Two projects in one solution both use SeedGen, and one references the other.</summary>
public class MultiProjectTests
{
    private static Compilation Build(string name, string source, IEnumerable<MetadataReference> references, string person)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var compilation = CSharpCompilation.Create(
            name,
            new[] { CSharpSyntaxTree.ParseText(source, parse, "/" + name + "/Code.cs") },
            Basic.Reference.Assemblies.Net100.References.All.Concat(references),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var texts = new AdditionalText[]
        {
            new InMemoryAdditionalText("/" + name + "/seeds/INDEX.md", "| File | Title |\n|---|---|\n| a.txt | Doc of " + name + " |\n"),
            new InMemoryAdditionalText("/" + name + "/seeds/a.txt", "Foreign Minister " + person + " said on Monday that the talks were useful.\n"),
        };
        var options = new TestAnalyzerConfigOptionsProvider(new Dictionary<string, string> { ["build_property.RootNamespace"] = name });
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { new gen::SeedGen.Generator.SeedGenerator().AsSourceGenerator() }, texts, parse, options);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        Assert.DoesNotContain(diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        return output;
    }

    [Fact]
    public void A_project_using_SeedGen_can_reference_another_that_uses_it()
    {
        var lib = Build("Lib", "namespace Lib { public static class Api { public static int Count => Seeds.Documents.Count; } }",
            System.Array.Empty<MetadataReference>(), "Jane Doe");
        Assert.Empty(lib.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        using var stream = new MemoryStream();
        Assert.True(lib.Emit(stream).Success);

        var app = Build("App", "namespace App { public static class Use { public static int Total => Seeds.Documents.Count + Lib.Api.Count; } }",
            new[] { MetadataReference.CreateFromImage(stream.ToArray()) }, "John Roe");

        Assert.Empty(app.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }
}
