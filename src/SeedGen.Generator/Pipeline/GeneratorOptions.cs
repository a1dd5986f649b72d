using Microsoft.CodeAnalysis.Diagnostics;
using SeedGen.Emit;
using SeedGen.Index;

namespace SeedGen.Generator.Pipeline;

/// <summary>
/// The MSBuild properties SeedGen reads (made compiler-visible by build/SeedGen.props):
/// <c>SeedGenNamespace</c> (default: the project's RootNamespace, else SeedGen.Generated)
/// and <c>SeedGenIndex</c> (the index's path; default: any AdditionalFile named INDEX.md).
/// </summary>
internal sealed record GeneratorOptions(string Namespace, string? IndexPath, string? InvalidNamespace = null)
{
    public static GeneratorOptions From(AnalyzerConfigOptionsProvider provider)
    {
        var global = provider.GlobalOptions;
        var ns = Read(global, "build_property.SeedGenNamespace") ?? Read(global, "build_property.RootNamespace");
        var index = Read(global, "build_property.SeedGenIndex");
        var projectDir = Read(global, "build_property.ProjectDir") ?? Read(global, "build_property.MSBuildProjectDirectory");
        if (index is not null && !PathResolver.IsRooted(index) && projectDir is not null)
        {
            index = PathResolver.Normalize(projectDir.TrimEnd('/', '\\') + "/" + index);
        }
        var valid = ns is null || Identifiers.IsValidNamespace(ns);
        return new GeneratorOptions(
            Identifiers.ToNamespace(ns ?? EmitOptions.DefaultNamespace),
            index is null ? null : PathResolver.Normalize(index),
            valid ? null : ns);
    }

    /// <summary>Whether an AdditionalFile is an index: the configured path, else any file named INDEX.md.</summary>
    public bool IsIndex(string path)
    {
        var normalized = PathResolver.Normalize(path);
        if (IndexPath is not null)
        {
            return string.Equals(normalized, IndexPath, System.StringComparison.OrdinalIgnoreCase)
                || (!PathResolver.IsRooted(IndexPath) && normalized.EndsWith("/" + IndexPath, System.StringComparison.OrdinalIgnoreCase));
        }
        return string.Equals(PathResolver.FileNameOf(normalized), "INDEX.md", System.StringComparison.OrdinalIgnoreCase);
    }

    private static string? Read(AnalyzerConfigOptions options, string key) =>
        options.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
