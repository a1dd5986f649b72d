using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using Microsoft.CodeAnalysis;
using SeedGen.Tests.Reliability.Fuzz;
using Xunit;

namespace SeedGen.Tests.Reliability;

/// <summary>
/// Documents and INDEX.md cells crafted to break out of string literals and XML doc comments: the output must
/// compile, hold exactly SeedGen's types and members (checked by reflection on the loaded assembly), and every
/// hostile value must come back unchanged at run time (the escaping is lossless, not merely safe).
/// </summary>
public sealed class InjectionTests
{
    /// <summary>Each is put inside a Title and a Source cell (between 'A' and 'Z', since cells are trimmed) and inside a sentence.</summary>
    public static readonly string[] Payloads =
    {
        "\\\"", "\\\\", "\\", "\"", "*/", "/*", "//", "</summary>", "<summary>", "</remarks>", "]]>", "<!--", "&amp;", "&",
        "#line 1 \"evil.cs\"", "#error boom", "\"\"\"", "\"\"\"\"\"\"", "\\u0022", "\\U00000022", "\\x22", "{0}", "{{1}}", "@\"", "$\"{x}\"",
        "\"; } public static class Pwned { public const string X = \"", "\" + global::System.Environment.Exit(1) + \"", "'\\''",
        "\uD800", "\uDC00", "\uDFFF\uD800", "\U0001F600", "\u2028", "\u2029", "\u0085", "\u2028#line 5\u2028", "\0", "\u001B", "\u007F",
        "\u202E", "\u200B", "\uFEFF", "\uFFFE", "\uFFFF", "e\u0301", "\u0627\u0644", "\t",
    };

    private static readonly string[] AllowedTopLevel = { "SeedDate", "EventKind", "Stance", "Evidence", "SeedDocument", "Official", "Actor", "SeedEvent", "Position", "SeedData", "Seeds" };

    private static (FuzzRun Run, string[] Titles, string[] Sentences, string[] Documents) Generate()
    {
        var index = new StringBuilder("| File | Title | Published | Source | Name |\n|---|---|---|---|---|\n");
        var files = new List<FuzzFile>();
        var titles = new string[Payloads.Length];
        var sentences = new string[Payloads.Length];
        var documents = new string[Payloads.Length];
        for (var i = 0; i < Payloads.Length; i++)
        {
            var p = Payloads[i];
            titles[i] = "A" + p + "Z";
            var cell = titles[i].Replace("|", "\\|");
            index.Append("| d").Append(i).Append(".txt | ").Append(cell).Append(" | 2024-06-18 | ").Append(cell).Append(" | Doc").Append(i).Append(" |\n");
            sentences[i] = "Foreign Ministry spokesperson Anna Berg said on Monday that Examplestan opposes the new " + p + " tariffs.";
            documents[i] = sentences[i] + "\nPrime Minister Tom Vale met President Ada Lund in Paris" + p + " on June 12, 2024.\n";
            files.Add(FuzzFile.FromText(FuzzRunner.ProjectDirectory + "seeds/d" + i + ".txt", documents[i]));
        }
        files.Add(FuzzFile.FromText(FuzzRunner.IndexPath, index.ToString()));
        return (FuzzRunner.Run(files), titles, sentences, documents);
    }

    [Fact]
    public void Hostile_text_stays_data_checked_by_compiling_and_reflecting()
    {
        var (run, titles, sentences, documents) = Generate();
        var failures = FuzzChecks.Verify(run, semantic: true);
        Assert.True(failures.Count == 0, string.Join("\n", failures));

        using var stream = new MemoryStream();
        var emit = run.Output.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        stream.Position = 0;
        var context = new AssemblyLoadContext("injection", isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(stream);
            var ours = assembly.GetTypes().Where(t => !IsCompilerGenerated(t)).ToList();

            // Exactly SeedGen's types: the top-level ones, Seeds.Officials, Seeds.OfficialNames and one class per row with its three lists.
            var expected = new HashSet<string>(AllowedTopLevel.Select(n => "TestProject." + n)) { "TestProject.Seeds+Officials", "TestProject.Seeds+OfficialNames", "TestProject.SeedData+Reader" };
            for (var i = 0; i < Payloads.Length; i++)
            {
                expected.Add("TestProject.Seeds+Doc" + i);
                foreach (var list in new[] { "Officials", "Events", "Positions" }) expected.Add("TestProject.Seeds+Doc" + i + "+" + list);
            }
            Assert.Equal(expected.OrderBy(n => n, StringComparer.Ordinal), ours.Select(t => t.FullName!).OrderBy(n => n, StringComparer.Ordinal));

            // Exactly SeedGen's members on the classes that hold data.
            var seeds = assembly.GetType("TestProject.Seeds")!;
            Assert.Equal(new[] { "Concat", "Documents", "Events", "Positions" }, Members(seeds));
            for (var i = 0; i < Payloads.Length; i++)
            {
                var doc = seeds.GetNestedType("Doc" + i)!;
                Assert.Equal(new[] { "Document", "File", "Published", "Source", "Title", "__Ev", "__S" }, Members(doc));
                foreach (var list in new[] { "Officials", "Events", "Positions" })
                {
                    var nested = doc.GetNestedType(list)!;
                    // Public static read-only fields (the records) and properties (All) only, plus the private array Events and Positions decode into.
                    Assert.All(Members(nested).Where(m => !(list != "Officials" && m == "__A")),
                        m => Assert.True(nested.GetProperty(m, BindingFlags.Public | BindingFlags.Static) is not null
                            || nested.GetField(m, BindingFlags.Public | BindingFlags.Static) is { IsInitOnly: true }, list + "." + m + " is not a property or a read-only field"));
                }

                // Lossless: the run-time values are the inputs, character for character.
                Assert.Equal(titles[i], (string?)doc.GetProperty("Title")!.GetValue(null));
                Assert.Equal(titles[i], (string?)doc.GetProperty("Source")!.GetValue(null));
                Assert.Equal("d" + i + ".txt", (string?)doc.GetProperty("File")!.GetValue(null));
            }

            // Evidence and topics are the document's own text: every payload sentence that was extracted comes back unchanged.
            var positions = ((System.Collections.IEnumerable)seeds.GetProperty("Positions")!.GetValue(null)!).Cast<object>().ToList();
            Assert.NotEmpty(positions);
            var evidence = positions.Select(p => p.GetType().GetProperty("Evidence")!.GetValue(p)!).Select(e => (string)e.GetType().GetProperty("Text")!.GetValue(e)!).ToList();
            foreach (var text in evidence)
                Assert.True(documents.Any(d => d.Contains(text, StringComparison.Ordinal)), "evidence is not a piece of any document: " + FuzzChecks.Show(text));
            var exact = sentences.Count(s => evidence.Contains(s));
            Assert.True(exact > Payloads.Length / 2, exact + " of " + Payloads.Length + " payload sentences came back verbatim as evidence");
        }
        finally
        {
            context.Unload();
        }
    }

    private static bool IsCompilerGenerated(Type t) =>
        t.Name.StartsWith('<') || t.Namespace is "Microsoft.CodeAnalysis" or "System.Runtime.CompilerServices"
        || t.GetCustomAttributes(false).Any(a => a.GetType().Name == "CompilerGeneratedAttribute");

    /// <summary>Declared members, properties by name (no accessors, backing fields, constructors or compiler-generated ones), sorted.</summary>
    private static string[] Members(Type type)
    {
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static | BindingFlags.Instance | BindingFlags.DeclaredOnly;
        return type.GetMembers(all)
            .Where(m => m is not ConstructorInfo && m is not Type && !m.Name.StartsWith('<'))
            .Where(m => m is not MethodInfo method || !method.IsSpecialName)
            .Select(m => m.Name)
            .Distinct()
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToArray();
    }
}
