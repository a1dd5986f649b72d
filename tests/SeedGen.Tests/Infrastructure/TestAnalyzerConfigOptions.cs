using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SeedGen.Tests.Infrastructure;

/// <summary>Options from a dictionary; keys compare case-insensitively, as the compiler's do.</summary>
public sealed class DictionaryAnalyzerConfigOptions : AnalyzerConfigOptions
{
    public static readonly DictionaryAnalyzerConfigOptions Empty = new(ImmutableDictionary<string, string>.Empty);

    private readonly ImmutableDictionary<string, string> _values;

    public DictionaryAnalyzerConfigOptions(IEnumerable<KeyValuePair<string, string>> values) =>
        _values = ImmutableDictionary.CreateRange(KeyComparer, values);

    public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => _values.TryGetValue(key, out value);

    public override IEnumerable<string> Keys => _values.Keys;
}

/// <summary>
/// What MSBuild gives a generator through the generated .editorconfig: global options
/// (<c>build_property.X</c>) and per-file ones (<c>build_metadata.AdditionalFiles.Y</c>), keyed by path.
/// </summary>
public sealed class TestAnalyzerConfigOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly ImmutableDictionary<string, DictionaryAnalyzerConfigOptions> _byPath;

    public TestAnalyzerConfigOptionsProvider(
        IEnumerable<KeyValuePair<string, string>> globalOptions,
        IEnumerable<KeyValuePair<string, IEnumerable<KeyValuePair<string, string>>>>? fileOptions = null)
    {
        GlobalOptions = new DictionaryAnalyzerConfigOptions(globalOptions);
        var byPath = ImmutableDictionary.CreateBuilder<string, DictionaryAnalyzerConfigOptions>();
        if (fileOptions is not null)
        {
            foreach (var pair in fileOptions) byPath[pair.Key] = new DictionaryAnalyzerConfigOptions(pair.Value);
        }
        _byPath = byPath.ToImmutable();
    }

    public override AnalyzerConfigOptions GlobalOptions { get; }

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Lookup(tree.FilePath);

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Lookup(textFile.Path);

    private AnalyzerConfigOptions Lookup(string path) =>
        _byPath.TryGetValue(path, out var options) ? options : DictionaryAnalyzerConfigOptions.Empty;
}
