using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;

namespace SeedGen.Benchmarks;

/// <summary>One generated document: its file name (as written in INDEX.md), title, publication date and text.</summary>
public sealed record CorpusDocument(string File, string Title, string Published, string Text);

/// <summary>
/// A benchmark corpus, built at run time (nothing is committed): the paragraphs of real news
/// documents (../shared/eval/dev next to the repository, else the repository's seeds/) recombined
/// by a fixed-seed PRNG into documents of about 4 KB with varied Published dates, plus an INDEX.md.
/// The same count always gives the same corpus, on every machine and .NET version.
/// </summary>
public sealed class Corpus
{
    public const int TargetDocumentChars = 4096;

    private static readonly object Gate = new();
    private static readonly Dictionary<int, Corpus> Cache = new();
    private static SourceSet? _sources;

    private Corpus(IReadOnlyList<CorpusDocument> documents, string index, string sourceFolder)
    {
        Documents = documents;
        Index = index;
        SourceFolder = sourceFolder;
        TotalChars = documents.Sum(d => (long)d.Text.Length);
        TotalUtf8Bytes = documents.Sum(d => (long)Encoding.UTF8.GetByteCount(d.Text));
    }

    public IReadOnlyList<CorpusDocument> Documents { get; }

    /// <summary>The INDEX.md text listing every document (File, Title, Published, Source).</summary>
    public string Index { get; }

    /// <summary>Where the source paragraphs came from.</summary>
    public string SourceFolder { get; }

    public long TotalChars { get; }

    /// <summary>The documents' size as UTF-8 files: the "bytes" of MB/s and of allocated bytes per input byte.</summary>
    public long TotalUtf8Bytes { get; }

    /// <summary>The corpus of <paramref name="count"/> documents (cached per count).</summary>
    public static Corpus Get(int count)
    {
        lock (Gate)
        {
            if (Cache.TryGetValue(count, out var cached)) return cached;
            var sources = _sources ??= SourceSet.Load();
            var corpus = Build(sources, count);
            Cache[count] = corpus;
            return corpus;
        }
    }

    /// <summary>A description of the source folder, for the run's output.</summary>
    public static string Describe()
    {
        lock (Gate)
        {
            var s = _sources ??= SourceSet.Load();
            return $"corpus source: {s.Folder} ({s.Kind}; {s.DocumentCount} documents, {s.Paragraphs.Count} paragraphs, {s.TotalChars:N0} chars)";
        }
    }

    /// <summary>Writes the documents and INDEX.md into <paramref name="folder"/> (for the build-ratio project).</summary>
    public void WriteTo(string folder)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "INDEX.md"), Index, new UTF8Encoding(false));
        foreach (var d in Documents) File.WriteAllText(Path.Combine(folder, d.File), d.Text, new UTF8Encoding(false));
    }

    /// <summary>
    /// A variant of one document's text that differs in what extraction finds (one more paragraph,
    /// taken from the corpus sources), so the edit propagates to the generated code. <paramref name="variant"/>
    /// picks which paragraph; variant 0 is the original text.
    /// </summary>
    public string EditedText(int documentIndex, int variant)
    {
        var original = Documents[documentIndex].Text;
        if (variant == 0) return original;
        var sources = _sources!;
        var p = sources.Paragraphs[(documentIndex * 7919 + variant * 104729) % sources.Paragraphs.Count];
        return original + "\n\n" + p + "\n";
    }

    private static Corpus Build(SourceSet sources, int count)
    {
        var rng = new SplitMix64(0x5EED_0004UL ^ (ulong)count * 0x9E3779B97F4A7C15UL);
        var docs = new List<CorpusDocument>(count);
        var sourcesNames = new[] { "Xinhua", "ECNS", "U.S. Department of State", "EEAS", "Reuters", "Kyodo", "AFP", "MFA" };
        for (var i = 0; i < count; i++)
        {
            var sb = new StringBuilder(TargetDocumentChars + 1024);
            var title = sources.Titles[rng.Next(sources.Titles.Count)];
            sb.Append(title).Append("\n\n");
            // Paragraphs from random source documents until ~4 KB; a run of consecutive paragraphs
            // from one document keeps its references ("Lin said ...") meaningful.
            while (sb.Length < TargetDocumentChars)
            {
                var start = rng.Next(sources.Paragraphs.Count);
                var run = 1 + rng.Next(3);
                for (var k = 0; k < run && sb.Length < TargetDocumentChars; k++)
                {
                    var idx = start + k;
                    if (idx >= sources.Paragraphs.Count || sources.ParagraphDocument[idx] != sources.ParagraphDocument[start]) break;
                    sb.Append(sources.Paragraphs[idx]).Append("\n\n");
                }
            }

            var year = 2000 + rng.Next(26);
            var month = 1 + rng.Next(12);
            var day = 1 + rng.Next(DateTime.DaysInMonth(year, month));
            var precision = rng.Next(20); // 85% day, 10% month, 5% year
            var published = precision < 17
                ? string.Format(CultureInfo.InvariantCulture, "{0:D4}-{1:D2}-{2:D2}", year, month, day)
                : precision < 19 ? string.Format(CultureInfo.InvariantCulture, "{0:D4}-{1:D2}", year, month)
                : year.ToString("D4", CultureInfo.InvariantCulture);
            var file = "d" + i.ToString("D5", CultureInfo.InvariantCulture) + ".txt";
            docs.Add(new CorpusDocument(file, title + " (" + (i + 1).ToString(CultureInfo.InvariantCulture) + ")", published, sb.ToString()));
        }

        var index = new StringBuilder();
        index.Append("# Benchmark corpus\n\nGenerated by bench/SeedGen.Benchmarks from ").Append(sources.Kind).Append(".\n\n");
        index.Append("| File | Title | Published | Source |\n|------|-------|-----------|--------|\n");
        for (var i = 0; i < docs.Count; i++)
        {
            var d = docs[i];
            index.Append("| ").Append(d.File).Append(" | ").Append(d.Title.Replace("|", "\\|")).Append(" | ")
                .Append(d.Published).Append(" | ").Append(sourcesNames[i % sourcesNames.Length]).Append(" |\n");
        }
        return new Corpus(docs, index.ToString(), sources.Folder);
    }

    /// <summary>The source documents split into titles (first lines) and paragraphs.</summary>
    private sealed class SourceSet
    {
        public string Folder { get; private set; } = "";
        public string Kind { get; private set; } = "";
        public int DocumentCount { get; private set; }
        public long TotalChars { get; private set; }
        public List<string> Titles { get; } = new();
        public List<string> Paragraphs { get; } = new();
        public List<int> ParagraphDocument { get; } = new();

        public static SourceSet Load()
        {
            var root = RepositoryRoot();
            var dev = Path.GetFullPath(Path.Combine(root, "..", "shared", "eval", "dev"));
            var seeds = Path.Combine(root, "seeds");
            var set = new SourceSet();
            if (Directory.Exists(dev) && Directory.EnumerateFiles(dev, "*.txt").Any())
            {
                set.Folder = dev;
                set.Kind = "../shared/eval/dev";
            }
            else if (Directory.Exists(seeds) && Directory.EnumerateFiles(seeds, "*.txt").Any())
            {
                set.Folder = seeds;
                set.Kind = "seeds/ (../shared/eval/dev not found)";
            }
            else
            {
                throw new InvalidOperationException($"No source documents: neither {dev} nor {seeds} holds .txt files.");
            }

            // Sorted ordinally: the same order on every file system.
            var files = Directory.GetFiles(set.Folder, "*.txt");
            Array.Sort(files, StringComparer.Ordinal);
            foreach (var file in files)
            {
                var text = File.ReadAllText(file).Replace("\r\n", "\n").Replace('\r', '\n');
                set.TotalChars += text.Length;
                var blocks = text.Split(new[] { "\n\n" }, StringSplitOptions.RemoveEmptyEntries)
                    .Select(b => b.Trim())
                    .Where(b => b.Length > 0)
                    .ToList();
                if (blocks.Count == 0) continue;
                var title = blocks[0].Split('\n')[0].Trim();
                if (title.Length > 0 && title.Length < 200) set.Titles.Add(title);
                var body = blocks.Count > 1 ? blocks.Skip(1) : blocks;
                foreach (var p in body)
                {
                    set.Paragraphs.Add(p);
                    set.ParagraphDocument.Add(set.DocumentCount);
                }
                set.DocumentCount++;
            }
            if (set.Titles.Count == 0) set.Titles.Add("Untitled");
            return set;
        }
    }

    /// <summary>The repository root: baked in at build time, else found by walking up to SeedGen.sln.</summary>
    public static string RepositoryRoot()
    {
        var baked = typeof(Corpus).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "SeedGen.Benchmarks.RepositoryRoot")?.Value;
        if (baked is not null && File.Exists(Path.Combine(baked, "SeedGen.sln"))) return baked;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SeedGen.sln"))) return dir.FullName;
        }
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SeedGen.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Cannot find the repository root (SeedGen.sln).");
    }
}

/// <summary>SplitMix64: a tiny PRNG whose sequence depends on nothing but its seed (unlike System.Random across versions).</summary>
public sealed class SplitMix64
{
    private ulong _state;

    public SplitMix64(ulong seed) => _state = seed;

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A value in [0, <paramref name="maxExclusive"/>).</summary>
    public int Next(int maxExclusive) => (int)(NextUInt64() % (ulong)maxExclusive);
}
