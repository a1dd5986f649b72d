extern alias gen;

using System.IO;
using SeedGen.Tests.Infrastructure;

namespace SeedGen.Tests.Generator;

/// <summary>Harnesses for SeedGen over small corpora written for the tests, and over seeds/.</summary>
internal static class GeneratorFixtures
{
    public const string IndexHeader = "| File | Title | Published | Source |\n|---|---|---|---|\n";

    public static GeneratorHarness New() =>
        new GeneratorHarness(new gen::SeedGen.Generator.SeedGenerator()).WithProperty("RootNamespace", "TestProject");

    /// <summary>The repository's seeds/ as the package would pass them: INDEX.md and every listed file.</summary>
    public static GeneratorHarness Seeds()
    {
        var seeds = Path.Combine(TestPaths.RepositoryRoot, "seeds");
        var harness = New().WithAdditionalText("seeds/INDEX.md", File.ReadAllText(Path.Combine(seeds, "INDEX.md")));
        foreach (var file in Directory.GetFiles(seeds, "*.txt"))
        {
            harness.WithAdditionalText("seeds/" + Path.GetFileName(file), File.ReadAllText(file));
        }
        return harness;
    }

    /// <summary>A corpus of <paramref name="count"/> short documents of our own, listed in one INDEX.md.</summary>
    public static GeneratorHarness Corpus(int count)
    {
        var harness = New();
        harness.WithAdditionalText("seeds/INDEX.md", Index(count));
        for (var i = 0; i < count; i++) harness.WithAdditionalText("seeds/doc" + i + ".txt", Document(i));
        return harness;
    }

    public static string Index(int count, int skip = -1)
    {
        var sb = new System.Text.StringBuilder("# Test corpus\n\n" + IndexHeader);
        for (var i = 0; i < count; i++)
        {
            if (i == skip) continue;
            sb.Append("| doc").Append(i).Append(".txt | Test document ").Append(i).Append(" | 2024-06-18 | Test |\n");
        }
        return sb.ToString();
    }

    private static readonly string[] Given = { "Anna", "Boris", "Clara", "David", "Elena", "Felix", "Greta", "Hugo", "Irene", "Jonas" };
    private static readonly string[] Family = { "Berg", "Castro", "Dahl", "Eriksen", "Fontaine", "Gallo", "Holm", "Ivanov", "Jensen", "Keller" };

    /// <summary>A made-up person's name, different for each i below 100.</summary>
    public static string Person(int i) => Given[i % 10] + " " + Family[(i / 10) % 10];

    public static string Document(int i, string extra = "") =>
        "Foreign Ministry spokesperson " + Person(i) + " said on Monday that Examplestan opposes the new tariffs.\n" +
        "Prime Minister Tom Vale met President Ada Lund in Paris on June 12, 2024." + extra + "\n";
}
