using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using SeedGen.Index;

namespace SeedGen.Tests.Reliability.Fuzz;

/// <summary>One generated input set: the AdditionalFiles a project would pass, and how it was made.</summary>
internal sealed record FuzzCase(long Index, string Kind, IReadOnlyList<FuzzFile> Files)
{
    public string Describe()
    {
        var sb = new StringBuilder("case #" + Index + " (" + Kind + ", seed 0x" + FuzzCases.Seed.ToString("X16", System.Globalization.CultureInfo.InvariantCulture) + "; rebuild with FuzzCases.Create(" + Index + "))");
        foreach (var f in Files) sb.Append("\n    ").Append(f.Path).Append(" [").Append(f.Origin).Append(", ").Append(f.Text?.Length ?? 0).Append(" chars]: ").Append(FuzzChecks.Show(f.Text));
        return sb.ToString();
    }
}

/// <summary>
/// Deterministic malformed inputs: case N is built only from (<see cref="Seed"/>, N) by SplitMix64, and its kind is
/// N modulo the number of kinds, so any run of consecutive cases covers every kind evenly.
/// </summary>
internal static class FuzzCases
{
    public const ulong Seed = 0x5EED_0005_F022_2026UL;

    public static readonly string[] Kinds =
    {
        "random-bytes", "truncated-utf8", "bom", "line-ends", "control-chars", "quotes", "bidi-zero-width-combining",
        "injection-document", "mutated-news", "random-unicode", "index-structure", "index-cells", "index-paths", "several-indexes",
    };

    public static FuzzCase Create(long index)
    {
        var rng = new FuzzRandom(Seed, index);
        var kind = Kinds[(int)(index % Kinds.Length)];
        var files = kind switch
        {
            "random-bytes" => DocumentCase(rng, r => Bytes(r, r.Bytes(r.Between(0, 3000)))),
            "truncated-utf8" => DocumentCase(rng, TruncatedUtf8),
            "bom" => Bom(rng),
            "line-ends" => DocumentCase(rng, r => Text(FuzzText.MixLineEnds(r, FuzzText.News(r, r.Between(1, 12), 0.1)))),
            "control-chars" => DocumentCase(rng, ControlChars),
            "quotes" => DocumentCase(rng, Quotes),
            "bidi-zero-width-combining" => DocumentCase(rng, Bidi),
            "injection-document" => DocumentCase(rng, r => Text(FuzzText.News(r, r.Between(2, 10), 0.5))),
            "mutated-news" => DocumentCase(rng, r => Text(FuzzText.Mutate(r, FuzzText.News(r, r.Between(1, 15), 0.05), 12))),
            "random-unicode" => DocumentCase(rng, r => Text(FuzzText.RandomString(r, r.Between(0, 2000)))),
            "index-structure" => IndexStructure(rng),
            "index-cells" => IndexCells(rng),
            "index-paths" => IndexPaths(rng),
            _ => SeveralIndexes(rng),
        };
        return new FuzzCase(index, kind, files);
    }

    // ---- Document content ----------------------------------------------------------------------

    private delegate Content ContentMaker(FuzzRandom rng);

    private sealed record Content(string? Text, byte[]? Bytes);

    private static Content Text(string? text) => new(text, null);

    private static Content Bytes(FuzzRandom rng, byte[] bytes) => new(null, bytes);

    private static FuzzFile Make(string path, Content content) =>
        content.Bytes is not null ? FuzzFile.FromBytes(path, content.Bytes) : FuzzFile.FromText(path, content.Text);

    private static Content TruncatedUtf8(FuzzRandom rng)
    {
        var text = FuzzText.News(rng, rng.Between(1, 6), 0.2) + "Zoë Müller, \u4E2D\u6587 \U0001F600 \u0627\u0644";
        var bytes = Encoding.UTF8.GetBytes(text);
        // Cut inside multi-byte sequences, at the end and in the middle.
        var list = new List<byte>(bytes);
        var cuts = rng.Between(1, 4);
        for (var i = 0; i < cuts && list.Count > 0; i++)
        {
            var at = rng.Int(list.Count);
            while (at < list.Count && (list[at] & 0xC0) != 0x80 && rng.Chance(0.8)) at++;
            if (at < list.Count) list.RemoveRange(at, Math.Min(list.Count - at, rng.Between(1, 3)));
        }
        if (rng.Chance(0.5)) list.AddRange(new byte[] { 0xE4, 0xB8 });
        if (rng.Chance(0.3)) list.AddRange(new byte[] { 0xC0, 0xAF, 0xED, 0xA0, 0x80, 0xF8, 0x88, 0x80, 0x80, 0x80 });
        return Bytes(rng, list.ToArray());
    }

    private static Content ControlChars(FuzzRandom rng)
    {
        var text = new StringBuilder(FuzzText.News(rng, rng.Between(1, 8), 0.05));
        var count = rng.Between(1, 40);
        for (var i = 0; i < count; i++) text.Insert(rng.Int(text.Length + 1), (char)rng.Pick(new[] { 0, 1, 7, 8, 0x0B, 0x0C, 0x1B, 0x1F, 0x7F, 0x85, 0x9F, rng.Int(0x20) }));
        if (rng.Chance(0.2)) text.Append('\0', rng.Between(1, 200));
        return Text(text.ToString());
    }

    private static Content Quotes(FuzzRandom rng)
    {
        var quotes = new[] { "\"", "\u201C", "\u201D", "\u2018", "\u2019", "'", "\u00AB", "\u00BB", "\u201E", "\u300C", "\u300D", "\"\"", "\u201C\u201C" };
        var sb = new StringBuilder();
        var sentences = rng.Between(1, 10);
        for (var i = 0; i < sentences; i++)
        {
            var s = FuzzText.Sentence(rng, 0.05);
            var depth = rng.Int(6);
            for (var d = 0; d < depth; d++)
            {
                var at = rng.Int(s.Length + 1);
                var open = rng.Pick(quotes);
                var close = rng.Chance(0.6) ? rng.Pick(quotes) : string.Empty; // unbalanced 40% of the time
                var end = at + rng.Int(s.Length - at + 1);
                s = s.Substring(0, at) + open + s.Substring(at, end - at) + close + s.Substring(end);
            }
            sb.Append(s).Append(rng.Chance(0.5) ? "\n" : " ");
        }
        if (rng.Chance(0.2)) sb.Append(rng.Pick(quotes)[0], rng.Between(1, 500));
        return Text(sb.ToString());
    }

    private static Content Bidi(FuzzRandom rng)
    {
        var specials = new[]
        {
            "\u202E", "\u202D", "\u202A", "\u202B", "\u202C", "\u2066", "\u2067", "\u2068", "\u2069", "\u200E", "\u200F", "\u061C",
            "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD", "\u0301", "\u0308", "\u0327", "\u036F", "\u20DD", "\u0E31", "\u094D",
            "\u05E9\u05DC\u05D5\u05DD", "\u0645\u0631\u062D\u0628\u0627", "\u0661\u0662\u0663", "\U0001F1FA\U0001F1F8", "\U0001F468\u200D\U0001F469",
        };
        var text = new StringBuilder(FuzzText.News(rng, rng.Between(1, 8), 0.05));
        var count = rng.Between(1, 60);
        for (var i = 0; i < count; i++) text.Insert(rng.Int(text.Length + 1), rng.Pick(specials));
        if (rng.Chance(0.2)) text.Insert(0, string.Concat(Enumerable.Repeat("\u0301", rng.Between(1, 300))));
        return Text(text.ToString());
    }

    private static List<FuzzFile> Bom(FuzzRandom rng)
    {
        var files = new List<FuzzFile>();
        var text = FuzzText.News(rng, rng.Between(1, 6), 0.05);
        var encoding = rng.Int(5);
        byte[] bytes = encoding switch
        {
            0 => Concat(new byte[] { 0xEF, 0xBB, 0xBF }, Encoding.UTF8.GetBytes(text)),
            1 => Concat(new byte[] { 0xFF, 0xFE }, Encoding.Unicode.GetBytes(text)),
            2 => Concat(new byte[] { 0xFE, 0xFF }, Encoding.BigEndianUnicode.GetBytes(text)),
            3 => Concat(new byte[] { 0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF }, Encoding.UTF8.GetBytes(text)), // two BOMs
            _ => Concat(new byte[] { 0xFF, 0xFE }, Encoding.UTF8.GetBytes(text)), // a UTF-16 BOM on UTF-8 bytes
        };
        if (rng.Chance(0.3))
        {
            var at = rng.Int(bytes.Length);
            bytes = Concat(Concat(bytes.Take(at).ToArray(), new byte[] { 0xEF, 0xBB, 0xBF }), bytes.Skip(at).ToArray()); // a BOM mid-file
        }
        var index = "| File | Title | Published |\n|---|---|---|\n| a.txt | BOM test | 2024-06-18 |\n";
        var indexBytes = rng.Int(3) switch
        {
            0 => Concat(new byte[] { 0xEF, 0xBB, 0xBF }, Encoding.UTF8.GetBytes(index)),
            1 => Concat(new byte[] { 0xFF, 0xFE }, Encoding.Unicode.GetBytes(index)),
            _ => Encoding.UTF8.GetBytes(index),
        };
        files.Add(FuzzFile.FromBytes(FuzzRunner.IndexPath, indexBytes));
        files.Add(FuzzFile.FromBytes(FuzzRunner.ProjectDirectory + "seeds/a.txt", bytes));
        if (rng.Chance(0.3)) files.Add(FuzzFile.FromText(FuzzRunner.ProjectDirectory + "seeds/b.txt", "\uFEFF"));
        return files;
    }

    private static byte[] Concat(byte[] a, byte[] b)
    {
        var r = new byte[a.Length + b.Length];
        a.CopyTo(r, 0);
        b.CopyTo(r, a.Length);
        return r;
    }

    /// <summary>A well-formed INDEX.md listing 1-3 documents made by <paramref name="content"/>, sometimes with a sane neighbour.</summary>
    private static List<FuzzFile> DocumentCase(FuzzRandom rng, Func<FuzzRandom, Content> content)
    {
        var count = rng.Between(1, 3);
        var index = new StringBuilder("# Fuzz\n\n| File | Title | Published | Source |\n|---|---|---|---|\n");
        var files = new List<FuzzFile>();
        for (var i = 0; i < count; i++)
        {
            var published = rng.Pick(new[] { "2024-06-18", "2024-06", "2024", "" });
            index.Append("| d").Append(i).Append(".txt | Document ").Append(i).Append(" | ").Append(published).Append(" | Fuzz |\n");
            files.Add(Make(FuzzRunner.ProjectDirectory + "seeds/d" + i + ".txt", content(rng)));
        }
        if (rng.Chance(0.3))
        {
            index.Append("| sane.txt | Sane | 2024-06-18 | Fuzz |\n");
            files.Add(FuzzFile.FromText(FuzzRunner.ProjectDirectory + "seeds/sane.txt", FuzzText.News(rng, 4, 0)));
        }
        files.Insert(rng.Int(files.Count + 1), FuzzFile.FromText(FuzzRunner.IndexPath, index.ToString()));
        return files;
    }

    // ---- INDEX.md ------------------------------------------------------------------------------

    private static readonly string[] OptionalColumns = { "Title", "Published", "Source", "Name" };

    private static readonly string[] Names =
    {
        "Doc1", "mydoc", "abc", "class", "@class", "__arglist", "__makeref", "__reftype", "__refvalue", "_", "__", "_1", "ToString", "Equals",
        "GetHashCode", "GetType", "ReferenceEquals", "MemberwiseClone", "Finalize", "Seeds", "Officials", "OfficialNames", "Document",
        "Documents", "Events", "Positions", "Concat", "Title", "SeedDocument", "Official", "Evidence", "System", "global", "var", "record",
        "dynamic", "nameof", "value", "field", "file", "required", "scoped", "async", "await", "yield", "partial", "when", "unmanaged",
        "notnull", "with", "init", "and", "or", "not", "1abc", "a-b", "with space", "A\u200DB", "\u00E9t\u00E9", "e\u0301te\u0301",
        "\u216B", "\u01C5a", "\U0001D400", "\u0645\u0631\u062D\u0628\u0627", "\u4E2D\u6587", "Ab\u0300", "\u0300Ab", "A\u00ADB", "a\uD800",
        "Ⅻ", "Μ", "µ", "ǅ", "", " ", "\\|", "a\\|b",
    };

    private static string RandomName(FuzzRandom rng) => rng.Int(10) switch
    {
        0 => rng.Chance(0.5) ? new string('N', rng.Between(500, 1200)) : new string('\u4E2D', rng.Between(150, 450)), // around the 1024-byte metadata limit
        1 => "x" + new string('y', rng.Between(70, 600)),
        2 => FuzzText.Maybe(rng, "Name", 1),
        3 => FuzzText.RandomString(rng, rng.Between(1, 10)),
        _ => rng.Pick(Names),
    };

    private static string RandomTitle(FuzzRandom rng) => rng.Int(8) switch
    {
        0 => string.Empty,
        1 => FuzzText.Maybe(rng, FuzzText.Maybe(rng, "Talks in Paris end", 1), 1),
        2 => FuzzText.RandomString(rng, rng.Between(1, 40)),
        3 => string.Concat(Enumerable.Repeat("Word ", rng.Between(20, 80))),
        4 => rng.Pick(Names),
        5 => "2024",
        _ => FuzzText.Maybe(rng, rng.Pick(FuzzText.Topics), 0.5),
    };

    private static string RandomPublished(FuzzRandom rng) => rng.Pick(new[]
    {
        "2024-06-18", "2024-06", "2024", "2024-02-29", "2023-02-29", "2024-13-01", "0000", "0001-01-01", "9999-12-31", "June 2024", "-1",
        "\uFF12\uFF10\uFF12\uFF14", "\u0662\u0660\u0662\u0664", "2024-6-1", "", " ", "2024-06-18T00:00", "+2024", "2024\u200B", FuzzText.Maybe(rng, "2024", 1),
    });

    /// <summary>A cell's text with its pipes escaped so it stays one cell (unless <paramref name="raw"/>).</summary>
    private static string Cell(string value, bool raw) => raw ? value : value.Replace("|", "\\|").Replace("\n", " ").Replace("\r", " ");

    private static readonly string[] FileForms =
    {
        "{0}", "./{0}", "sub/../{0}", "../seeds/{0}", "sub\\..\\{0}", ".\\{0}", "/abs/{0}", "C:\\abs\\{0}", "c:/abs/{0}", "https://example.com/{0}",
        "file:///{0}", "//server/share/{0}", "{0} ", "  {0}", "{0}\\|x", "../../../../{0}", "sub/./{0}", "SUB/../{0}",
        "..", ".", "/", "\\", "C:", "C:\\", "", " ", "a/b/c/d/e/f/{0}", "{0}/", "\u202E{0}", "\u0434{0}",
    };

    private sealed record Row(string File, string Title, string Published, string Source, string Name);

    private static string FileCell(FuzzRandom rng, int i) => string.Format(System.Globalization.CultureInfo.InvariantCulture, rng.Pick(FileForms), "f" + i + ".txt");

    /// <summary>Adds, for each row, the AdditionalFile it lists (resolved as SeedGen resolves it), most of the time.</summary>
    private static void AddListed(FuzzRandom rng, string indexPath, IEnumerable<string> fileCells, List<FuzzFile> files, double present)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cell in fileCells)
        {
            var file = cell.Trim().Replace("\\|", "|");
            if (file.Length == 0 || !rng.Chance(present)) continue;
            var path = PathResolver.Resolve(indexPath, file);
            if (rng.Chance(0.1)) path = path.ToUpperInvariant();
            if (!seen.Add(path)) continue;
            var text = rng.Int(6) switch
            {
                0 => FuzzText.Mutate(rng, FuzzText.News(rng, rng.Between(1, 5), 0.3), 4),
                1 => rng.Chance(0.5) ? string.Empty : null,
                _ => FuzzText.News(rng, rng.Between(1, 5), 0.15),
            };
            files.Add(FuzzFile.FromText(path, text));
        }
    }

    private static string Index(FuzzRandom rng, IReadOnlyList<Row> rows, out List<string> header, bool withFile = true)
    {
        header = new List<string>(OptionalColumns.Where(_ => rng.Chance(0.7)));
        if (withFile) header.Insert(rng.Int(header.Count + 1), "File");
        if (rng.Chance(0.15)) header.Insert(rng.Int(header.Count + 1), rng.Pick(new[] { "Notes", "", "File", "Title", "\u0046ile\u200B" }));
        var sb = new StringBuilder();
        if (rng.Chance(0.5)) sb.Append("# Index\n\nSome prose with a | pipe.\n\n");
        var names = header.Select(h => rng.Int(4) switch { 0 => h.ToUpperInvariant(), 1 => h.ToLowerInvariant(), 2 => "  " + h + " ", _ => h }).ToList();
        sb.Append("| ").Append(string.Join(" | ", names)).Append(" |\n");
        sb.Append('|').Append(string.Join("|", header.Select(_ => rng.Pick(new[] { "---", ":--", "--:", ":-:", "-", "------------" })))).Append("|\n");
        foreach (var row in rows)
        {
            var cells = header.Select(h => h.ToLowerInvariant() switch
            {
                "file" => row.File,
                "title" => Cell(row.Title, false),
                "published" => Cell(row.Published, false),
                "source" => Cell(row.Source, false),
                "name" => Cell(row.Name, false),
                _ => "x",
            }).ToList();
            sb.Append(rng.Chance(0.9) ? "| " : "|").Append(string.Join(" | ", cells)).Append(rng.Chance(0.9) ? " |\n" : "\n");
        }
        return sb.ToString();
    }

    private static List<Row> Rows(FuzzRandom rng, int count, bool hostileCells) =>
        Enumerable.Range(0, count).Select(i => new Row(
            FileCell(rng, i),
            hostileCells ? RandomTitle(rng) : "Document " + i,
            hostileCells ? RandomPublished(rng) : "2024-06-18",
            hostileCells ? FuzzText.Maybe(rng, "Fuzz Agency", 0.5) : "Fuzz",
            hostileCells && rng.Chance(0.6) ? RandomName(rng) : string.Empty)).ToList();

    /// <summary>Tables that are missing, doubled, cut short, padded, duplicated, with odd line ends and stray pipes.</summary>
    private static List<FuzzFile> IndexStructure(FuzzRandom rng)
    {
        var rows = Rows(rng, rng.Between(0, 6), false);
        var text = Index(rng, rows, out _, withFile: !rng.Chance(0.1));
        var lines = text.Split('\n').ToList();
        var edits = rng.Between(1, 4);
        for (var e = 0; e < edits && lines.Count > 0; e++)
        {
            var at = rng.Int(lines.Count);
            switch (rng.Int(10))
            {
                case 0: lines.RemoveAll(l => l.StartsWith("|-", StringComparison.Ordinal) || l.StartsWith("|:", StringComparison.Ordinal)); break; // no table
                case 1: lines.AddRange(("\n" + Index(rng, Rows(rng, rng.Between(1, 3), false), out _)).Split('\n')); break; // a second table
                case 2: lines[at] = lines[at].Length > 3 ? lines[at].Substring(0, lines[at].LastIndexOf('|', lines[at].Length - 2) + 1) : lines[at]; break; // a cell fewer
                case 3: lines[at] = lines[at] + " extra | cells | here |"; break;
                case 4: lines.Insert(at, lines[at]); break; // duplicate row
                case 5: lines.Insert(at, rng.Pick(new[] { "", "not a table line", "||", "|", "| \\| |", "|---|", "| | | |" })); break;
                case 6: lines[at] = lines[at].Replace("|", "\\|"); break;
                case 7: lines[at] = FuzzText.Mutate(rng, lines[at], 3); break;
                case 8: lines.Clear(); lines.Add(rng.Pick(new[] { "", "\uFEFF", "# Only a heading", "| File |", "| File |\n", "|---|\n| a.txt |" })); break;
                default: lines[at] = "\t " + lines[at]; break;
            }
        }
        text = string.Join("\n", lines);
        if (rng.Chance(0.4)) text = FuzzText.MixLineEnds(rng, text);
        if (rng.Chance(0.2)) text = "\uFEFF" + text;
        var files = new List<FuzzFile> { FuzzFile.FromText(FuzzRunner.IndexPath, text) };
        AddListed(rng, FuzzRunner.IndexPath, rows.Select(r => r.File), files, 0.9);
        return files;
    }

    /// <summary>Hostile Title, Published, Source and Name cells: payloads, keywords, reserved and overlong names, odd dates.</summary>
    private static List<FuzzFile> IndexCells(FuzzRandom rng)
    {
        var rows = Rows(rng, rng.Between(1, 6), true);
        if (rng.Chance(0.3) && rows.Count > 1) rows[1] = rows[1] with { Name = rows[0].Name, Title = rows[0].Title };
        var text = Index(rng, rows, out _);
        var files = new List<FuzzFile> { FuzzFile.FromText(FuzzRunner.IndexPath, text) };
        AddListed(rng, FuzzRunner.IndexPath, rows.Select(r => r.File), files, 0.9);
        return files;
    }

    /// <summary>Paths with '..', absolute and drive paths, backslashes, URLs, empty cells, case variants, duplicates.</summary>
    private static List<FuzzFile> IndexPaths(FuzzRandom rng)
    {
        var rows = Rows(rng, rng.Between(1, 8), false);
        for (var i = 0; i < rows.Count; i++)
        {
            if (rng.Chance(0.3)) rows[i] = rows[i] with { File = FileCell(rng, rng.Int(3)) }; // same file, another spelling
        }
        var text = Index(rng, rows, out _);
        var files = new List<FuzzFile> { FuzzFile.FromText(FuzzRunner.IndexPath, text) };
        AddListed(rng, FuzzRunner.IndexPath, rows.Select(r => r.File), files, 0.8);
        if (rng.Chance(0.3)) files.Add(FuzzFile.FromText(FuzzRunner.ProjectDirectory + "seeds/unlisted.txt", FuzzText.News(rng, 2, 0)));
        rng.Shuffle(files);
        return files;
    }

    /// <summary>No index, two indexes (nested folders, different case), overlapping rows, files that cannot be read.</summary>
    private static List<FuzzFile> SeveralIndexes(FuzzRandom rng)
    {
        var files = new List<FuzzFile>();
        var indexes = rng.Int(4);
        var folders = new[] { "seeds/", "other/", "seeds/sub/", "", "a/b/c/" };
        var names = new[] { "INDEX.md", "index.md", "Index.MD" };
        var used = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; k < indexes; k++)
        {
            var path = FuzzRunner.ProjectDirectory + rng.Pick(folders) + rng.Pick(names);
            if (!used.Add(path)) continue;
            var rows = Rows(rng, rng.Between(0, 4), rng.Chance(0.3));
            files.Add(FuzzFile.FromText(path, Index(rng, rows, out _)));
            AddListed(rng, path, rows.Select(r => r.File), files, 0.85);
        }
        if (indexes == 0) files.Add(FuzzFile.FromText(FuzzRunner.ProjectDirectory + "seeds/notes.txt", FuzzText.News(rng, 2, 0.2)));
        if (rng.Chance(0.2)) files.Add(FuzzFile.FromText(FuzzRunner.ProjectDirectory + "seeds/INDEX.md.bak", "| File |\n|---|\n| x.txt |\n"));
        if (rng.Chance(0.2) && files.Count > 0) files.Add(FuzzFile.FromText(files[0].Path, null)); // the same path twice, once unreadable
        rng.Shuffle(files);
        return files;
    }
}
