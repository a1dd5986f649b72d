using System;
using System.IO;
using System.Linq;
using System.Reflection;

namespace SeedGen.Tests.Infrastructure;

/// <summary>Folders of the repository as seen from a running test.</summary>
public static class TestPaths
{
    private const string ProjectFolder = "SeedGen.Tests";

    /// <summary>tests/SeedGen.Tests, as recorded at build time.</summary>
    public static string ProjectDirectory { get; } = Metadata("SeedGen.Tests.ProjectDirectory");

    /// <summary>The repository root (holds SeedGen.sln and seeds/).</summary>
    public static string RepositoryRoot { get; } = Metadata("SeedGen.Tests.RepositoryRoot");

    /// <summary>
    /// The folder of a test source file given by [CallerFilePath]. When the build mapped source
    /// paths (PathMap, deterministic CI builds), the part after "SeedGen.Tests/" is put under
    /// <see cref="ProjectDirectory"/>.
    /// </summary>
    public static string SourceDirectory(string callerFilePath)
    {
        var directory = Path.GetDirectoryName(callerFilePath) ?? string.Empty;
        if (directory.Length > 0 && Directory.Exists(directory)) return directory;

        var normalized = callerFilePath.Replace('\\', '/');
        var marker = "/" + ProjectFolder + "/";
        var at = normalized.LastIndexOf(marker, StringComparison.Ordinal);
        var relative = at >= 0 ? normalized.Substring(at + marker.Length) : Path.GetFileName(normalized);
        var relativeDirectory = Path.GetDirectoryName(relative) ?? string.Empty;
        return Path.Combine(ProjectDirectory, relativeDirectory);
    }

    private static string Metadata(string key) =>
        typeof(TestPaths).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == key)?.Value
        ?? throw new InvalidOperationException("Assembly metadata '" + key + "' is missing; see SeedGen.Tests.csproj.");
}
