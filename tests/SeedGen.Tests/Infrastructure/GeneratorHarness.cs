using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace SeedGen.Tests.Infrastructure;

/// <summary>
/// Runs an incremental generator in memory, as the compiler would: a compilation of the given
/// C# sources against the .NET 10 reference assemblies (Basic.Reference.Assemblies), in-memory
/// AdditionalFiles, MSBuild properties as analyzer config options, and step tracking on.
/// <code>
/// var run = new GeneratorHarness(new MyGenerator())
///     .WithProperty("RootNamespace", "TestProject")
///     .WithAdditionalText("seeds/INDEX.md", "| File |\n|---|\n| a.txt |\n")
///     .WithAdditionalText("seeds/a.txt", "Some text.")
///     .Run();
/// var edited = run.WithAdditionalText("seeds/a.txt", "Other text.");   // runs the same driver again
/// edited.AssertStepsCached("IndexParsed");
/// edited.AssertNoRoslynObjectsInSteps();
/// </code>
/// A builder: the With* methods change this instance and return it; <see cref="Run"/> snapshots it.
/// </summary>
public sealed class GeneratorHarness
{
    /// <summary>Relative paths of AdditionalFiles and sources are placed under this folder.</summary>
    public const string ProjectDirectory = "/TestProject/";

    /// <summary>Name of the compilation (the user's assembly).</summary>
    public const string AssemblyName = "TestProject";

    private readonly List<(string Path, string Source)> _sources = new();
    private readonly List<InMemoryAdditionalText> _additionalTexts = new();
    private readonly Dictionary<string, string> _globalOptions = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Dictionary<string, string>> _fileOptions = new(StringComparer.Ordinal);
    private LanguageVersion _languageVersion = LanguageVersion.Latest;
    private NullableContextOptions _nullable = NullableContextOptions.Enable;

    public GeneratorHarness(IIncrementalGenerator generator) => Generator = generator;

    public IIncrementalGenerator Generator { get; }

    /// <summary>Adds a C# source of the user's project (relative paths go under <see cref="ProjectDirectory"/>).</summary>
    public GeneratorHarness WithSource(string source, string? path = null)
    {
        _sources.Add((Rooted(path ?? "Source" + _sources.Count + ".cs"), source));
        return this;
    }

    /// <summary>Adds (or replaces) an AdditionalFile. <paramref name="text"/> null: a file that cannot be read.</summary>
    public GeneratorHarness WithAdditionalText(string path, string? text, IEnumerable<KeyValuePair<string, string>>? metadata = null)
    {
        var full = Rooted(path);
        _additionalTexts.RemoveAll(t => t.Path == full);
        _additionalTexts.Add(new InMemoryAdditionalText(full, text));
        if (metadata is not null)
        {
            var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var pair in metadata)
            {
                var key = pair.Key.StartsWith("build_metadata.", StringComparison.OrdinalIgnoreCase)
                    ? pair.Key
                    : "build_metadata.AdditionalFiles." + pair.Key;
                options[key] = pair.Value;
            }
            _fileOptions[full] = options;
        }
        return this;
    }

    /// <summary>Sets a global analyzer config option, e.g. <c>build_property.SeedGenIndex</c>.</summary>
    public GeneratorHarness WithGlobalOption(string key, string value)
    {
        _globalOptions[key] = value;
        return this;
    }

    /// <summary>Sets an MSBuild property as the compiler sees it: <c>build_property.{name}</c>.</summary>
    public GeneratorHarness WithProperty(string name, string value) => WithGlobalOption("build_property." + name, value);

    public GeneratorHarness WithLanguageVersion(LanguageVersion version)
    {
        _languageVersion = version;
        return this;
    }

    public GeneratorHarness WithNullable(NullableContextOptions nullable)
    {
        _nullable = nullable;
        return this;
    }

    /// <summary>Builds the compilation and the driver and runs the generator once.</summary>
    public GeneratorRun Run(CancellationToken cancellationToken = default)
    {
        var parseOptions = new CSharpParseOptions(_languageVersion);
        var trees = _sources.Select(s => CSharpSyntaxTree.ParseText(s.Source, parseOptions, s.Path, cancellationToken: cancellationToken));
        var compilation = CSharpCompilation.Create(
            AssemblyName,
            trees,
            Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: _nullable, deterministic: true));

        var options = new GeneratorOptionsState(
            _globalOptions.ToImmutableDictionary(StringComparer.OrdinalIgnoreCase),
            _fileOptions.ToImmutableDictionary(p => p.Key, p => p.Value.ToImmutableDictionary(StringComparer.OrdinalIgnoreCase)));

        GeneratorDriver driver = CSharpGeneratorDriver.Create(
            new[] { Generator.AsSourceGenerator() },
            _additionalTexts.ToArray(),
            parseOptions,
            options.ToProvider(),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

        return GeneratorRun.Execute(driver, compilation, _additionalTexts.ToImmutableArray(), options, cancellationToken);
    }

    internal static string Rooted(string path)
    {
        var p = path.Replace('\\', '/');
        var rooted = p.StartsWith("/", StringComparison.Ordinal) || (p.Length >= 2 && p[1] == ':' && char.IsLetter(p[0]));
        return rooted ? path : ProjectDirectory + p;
    }
}

/// <summary>The analyzer config options of a run, kept as data so that a later run can change one.</summary>
internal sealed record GeneratorOptionsState(
    ImmutableDictionary<string, string> Global,
    ImmutableDictionary<string, ImmutableDictionary<string, string>> Files)
{
    public TestAnalyzerConfigOptionsProvider ToProvider() =>
        new(Global, Files.Select(f => new KeyValuePair<string, IEnumerable<KeyValuePair<string, string>>>(f.Key, f.Value)));
}
