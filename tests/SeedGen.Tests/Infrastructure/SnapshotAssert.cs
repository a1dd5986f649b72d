using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Microsoft.CodeAnalysis;
using Xunit.Sdk;

namespace SeedGen.Tests.Infrastructure;

/// <summary>
/// Snapshot assertions in the Verify.SourceGenerators file convention, so that moving to Verify
/// later is one line per test (<c>return SnapshotAssert.Verify(run);</c> becomes
/// <c>return Verify(run.Driver);</c> with <c>UseDirectory("Snapshots")</c>):
/// <list type="bullet">
/// <item>each generated source in <c>Snapshots/{Class}.{Method}#{HintName without .cs}.verified.cs</c>,
/// first line <c>//HintName: {hint}</c>;</item>
/// <item>the generator's diagnostics, when there are any, in <c>Snapshots/{Class}.{Method}.verified.txt</c>;</item>
/// <item>the Snapshots folder sits next to the test's source file; {Class} is that file's name.</item>
/// </list>
/// Line endings become \n and the generator's version becomes <c>{version}</c>. On a mismatch the
/// new content goes to <c>*.received.*</c> (git-ignored) and the test fails with a diff; a missing
/// verified file fails the same way. With <c>SEEDGEN_ACCEPT=1</c> the received content is written
/// as verified instead (and verified files a run no longer produces are deleted).
/// </summary>
public static class SnapshotAssert
{
    public const string AcceptVariable = "SEEDGEN_ACCEPT";

    private const string SnapshotFolder = "Snapshots";

    /// <summary>Snapshots every source a run generated, and its diagnostics.</summary>
    /// <param name="parameters">For theories: appended to the name as <c>_{parameters}</c>.</param>
    public static Task Verify(GeneratorRun run, string? parameters = null,
        [CallerFilePath] string sourceFile = "", [CallerMemberName] string method = "") =>
        Verify(run.Driver, parameters, sourceFile, method);

    /// <summary>Snapshots every source the driver's last run generated, and its diagnostics.</summary>
    public static Task Verify(GeneratorDriver driver, string? parameters = null,
        [CallerFilePath] string sourceFile = "", [CallerMemberName] string method = "")
    {
        var result = driver.GetRunResult();
        var scrubber = Scrubber.For(result.Results.Select(r => r.Generator.GetGeneratorType().Assembly));
        var files = new List<SnapshotFile>();
        foreach (var source in result.Results.SelectMany(r => r.GeneratedSources).OrderBy(s => s.HintName, StringComparer.Ordinal))
        {
            var hint = source.HintName;
            var stem = hint.EndsWith(".cs", StringComparison.OrdinalIgnoreCase) ? hint.Substring(0, hint.Length - 3) : hint;
            files.Add(new SnapshotFile("#" + SafeFileName(stem), "cs", "//HintName: " + hint + "\n" + scrubber(Normalize(source.SourceText.ToString()))));
        }
        var diagnostics = result.Diagnostics;
        if (diagnostics.Length > 0) files.Add(new SnapshotFile(string.Empty, "txt", scrubber(FormatDiagnostics(diagnostics))));
        Compare(TargetDirectory(sourceFile), BaseName(sourceFile, method, parameters), files, IsAcceptRun());
        return Task.CompletedTask;
    }

    /// <summary>Snapshots one text (CLI output, a parsed model...) as <c>{Class}.{Method}.verified.{extension}</c>.</summary>
    public static Task VerifyText(string text, string extension = "txt", string? parameters = null,
        [CallerFilePath] string sourceFile = "", [CallerMemberName] string method = "")
    {
        var files = new[] { new SnapshotFile(string.Empty, extension, Normalize(text)) };
        Compare(TargetDirectory(sourceFile), BaseName(sourceFile, method, parameters), files, IsAcceptRun());
        return Task.CompletedTask;
    }

    /// <summary>One file of a snapshot: <c>{base}{Suffix}.verified.{Extension}</c>.</summary>
    public sealed record SnapshotFile(string Suffix, string Extension, string Content);

    /// <summary>
    /// The comparison itself, for the helper's own tests: checks <paramref name="files"/> against
    /// the verified files of <paramref name="baseName"/> in <paramref name="directory"/>.
    /// </summary>
    public static void Compare(string directory, string baseName, IReadOnlyList<SnapshotFile> files, bool accept)
    {
        Directory.CreateDirectory(directory);
        foreach (var stale in OwnFiles(directory, baseName, ".received.")) File.Delete(stale);

        var produced = new HashSet<string>(StringComparer.Ordinal);
        var failures = new List<string>();
        foreach (var file in files)
        {
            var verifiedPath = Path.Combine(directory, baseName + file.Suffix + ".verified." + file.Extension);
            var receivedPath = Path.Combine(directory, baseName + file.Suffix + ".received." + file.Extension);
            produced.Add(Path.GetFileName(verifiedPath));
            var exists = File.Exists(verifiedPath);
            var verified = exists ? Normalize(File.ReadAllText(verifiedPath, Encoding.UTF8)) : null;
            if (verified == file.Content) continue;

            if (accept)
            {
                Write(verifiedPath, file.Content);
                continue;
            }
            Write(receivedPath, file.Content);
            failures.Add(verified is null
                ? "New snapshot " + Path.GetFileName(verifiedPath) + " (no verified file); received:\n" + Indent(Truncate(file.Content))
                : "Snapshot " + Path.GetFileName(verifiedPath) + " differs (- verified, + received):\n" + UnifiedDiff(verified, file.Content));
        }

        foreach (var path in OwnFiles(directory, baseName, ".verified."))
        {
            if (produced.Contains(Path.GetFileName(path))) continue;
            if (accept) File.Delete(path);
            else failures.Add("Verified file " + Path.GetFileName(path) + " was not produced by this run: the source or diagnostic is gone.");
        }

        if (failures.Count > 0)
        {
            throw new XunitException(
                string.Join("\n\n", failures) +
                "\n\nReceived files are in " + directory + ". If the change is intended, rename them to *.verified.*, " +
                "or run the tests with " + AcceptVariable + "=1.");
        }
    }

    /// <summary>A line-by-line diff with three lines of context, as <c>diff -u</c> shows it.</summary>
    public static string UnifiedDiff(string verified, string received)
    {
        var model = InlineDiffBuilder.Diff(verified, received, ignoreWhiteSpace: false, ignoreCase: false);
        var lines = model.Lines;
        var show = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Type is ChangeType.Unchanged) continue;
            for (var j = Math.Max(0, i - 3); j <= Math.Min(lines.Count - 1, i + 3); j++) show[j] = true;
        }

        var sb = new StringBuilder();
        var oldLine = 0;
        var newLine = 0;
        var inHunk = false;
        var shown = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Type is ChangeType.Unchanged or ChangeType.Deleted) oldLine++;
            if (line.Type is ChangeType.Unchanged or ChangeType.Inserted) newLine++;
            if (!show[i])
            {
                inHunk = false;
                continue;
            }
            if (!inHunk)
            {
                sb.Append("@@ verified line ").Append(oldLine.ToString(CultureInfo.InvariantCulture))
                  .Append(", received line ").Append(newLine.ToString(CultureInfo.InvariantCulture)).Append(" @@\n");
                inHunk = true;
            }
            var mark = line.Type switch
            {
                ChangeType.Deleted => "- ",
                ChangeType.Inserted => "+ ",
                _ => "  ",
            };
            sb.Append(mark).Append(line.Text).Append('\n');
            if (++shown >= 200)
            {
                sb.Append("... (diff cut at 200 lines)\n");
                break;
            }
        }
        if (sb.Length == 0 && verified != received) sb.Append("(the texts differ only in a trailing newline)\n");
        return sb.ToString();
    }

    /// <summary>The generator diagnostics as Verify.SourceGenerators writes them.</summary>
    public static string FormatDiagnostics(IEnumerable<Diagnostic> diagnostics)
    {
        var sb = new StringBuilder();
        sb.Append("{\n  Diagnostics: [");
        var first = true;
        foreach (var d in diagnostics)
        {
            sb.Append(first ? "\n" : ",\n");
            first = false;
            sb.Append("    {\n");
            Member(sb, "Id", d.Id);
            Member(sb, "Title", d.Descriptor.Title.ToString(CultureInfo.InvariantCulture));
            Member(sb, "Severity", d.Severity.ToString());
            Member(sb, "WarningLevel", d.WarningLevel.ToString(CultureInfo.InvariantCulture));
            if (d.Location != Location.None)
            {
                var span = d.Location.GetLineSpan();
                Member(sb, "Location", span.Path + ": (" + span.StartLinePosition.Line + "," + span.StartLinePosition.Character + ")-(" +
                    span.EndLinePosition.Line + "," + span.EndLinePosition.Character + ")");
            }
            Member(sb, "MessageFormat", d.Descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture));
            Member(sb, "Message", d.GetMessage(CultureInfo.InvariantCulture));
            Member(sb, "Category", d.Descriptor.Category, last: true);
            sb.Append("    }");
        }
        sb.Append(first ? "]\n}\n" : "\n  ]\n}\n");
        return sb.ToString();
    }

    private static void Member(StringBuilder sb, string name, string value, bool last = false)
    {
        if (value.Length == 0 && !last) return;
        sb.Append("      ").Append(name).Append(": ").Append(Normalize(value).Replace("\n", "\\n")).Append(last ? "\n" : ",\n");
    }

    /// <summary>\r\n and \r become \n.</summary>
    public static string Normalize(string text) => text.Replace("\r\n", "\n").Replace('\r', '\n');

    internal static bool IsAcceptRun() => Environment.GetEnvironmentVariable(AcceptVariable) is "1" or "true";

    private static string TargetDirectory(string sourceFile) => Path.Combine(TestPaths.SourceDirectory(sourceFile), SnapshotFolder);

    private static string BaseName(string sourceFile, string method, string? parameters)
    {
        var cls = Path.GetFileNameWithoutExtension(sourceFile.Replace('\\', '/').Split('/').Last());
        return cls + "." + method + (string.IsNullOrEmpty(parameters) ? string.Empty : "_" + SafeFileName(parameters!));
    }

    private static IEnumerable<string> OwnFiles(string directory, string baseName, string kind) =>
        Directory.EnumerateFiles(directory)
            .Where(p =>
            {
                var name = Path.GetFileName(p);
                return (name.StartsWith(baseName + "#", StringComparison.Ordinal) || name.StartsWith(baseName + kind, StringComparison.Ordinal))
                    && name.Contains(kind, StringComparison.Ordinal);
            })
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToArray();

    private static string SafeFileName(string name)
    {
        var invalid = new HashSet<char>(Path.GetInvalidFileNameChars()) { '/', '\\', ':', '*', '?', '"', '<', '>', '|' };
        var chars = name.Select(c => invalid.Contains(c) || char.IsControl(c) ? '_' : c).ToArray();
        return new string(chars);
    }

    private static void Write(string path, string content) => File.WriteAllText(path, content, new UTF8Encoding(false));

    private static string Indent(string text) => "  " + text.Replace("\n", "\n  ");

    private static string Truncate(string text) => text.Length <= 4000 ? text : text.Substring(0, 4000) + "\n... (cut)";

    /// <summary>Replaces the generator's version with {version}.</summary>
    private static class Scrubber
    {
        private static readonly Regex GeneratedCode = new(
            "(GeneratedCode(?:Attribute)?\\(\\s*\"[^\"]*\"\\s*,\\s*)\"[^\"]*\"", RegexOptions.CultureInvariant);

        public static Func<string, string> For(IEnumerable<Assembly> assemblies)
        {
            var versions = new HashSet<string>(StringComparer.Ordinal);
            foreach (var assembly in assemblies.Distinct())
            {
                var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
                if (!string.IsNullOrEmpty(informational))
                {
                    versions.Add(informational!);
                    var plus = informational!.IndexOf('+');
                    if (plus > 0) versions.Add(informational.Substring(0, plus));
                }
                var version = assembly.GetName().Version;
                if (version is not null)
                {
                    versions.Add(version.ToString(4));
                    versions.Add(version.ToString(3));
                }
            }
            var patterns = versions.Where(v => v.Length > 0).OrderByDescending(v => v.Length)
                .Select(v => new Regex("(?<![\\w.])" + Regex.Escape(v) + "(?!\\w|\\.\\d)", RegexOptions.CultureInvariant))
                .ToArray();
            return text =>
            {
                text = GeneratedCode.Replace(text, "$1\"{version}\"");
                foreach (var pattern in patterns) text = pattern.Replace(text, "{version}");
                return text;
            };
        }
    }
}
