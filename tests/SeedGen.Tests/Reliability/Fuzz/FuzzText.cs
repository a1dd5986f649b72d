using System.Collections.Generic;
using System.Text;

namespace SeedGen.Tests.Reliability.Fuzz;

/// <summary>The raw material of fuzz cases: news-like sentences of our own, hostile payloads, odd characters.</summary>
internal static class FuzzText
{
    public static readonly string[] Given = { "Anna", "Boris", "Clara", "David", "Elena", "Felix", "Greta", "Hugo", "Zoë", "İlkay", "Łukasz", "José", "Ærin", "Mei", "Jean-Luc" };
    public static readonly string[] Family = { "Berg", "Castro", "Dahl", "O'Neill", "Müller", "Øster", "Núñez", "Van der Berg", "Keller", "Wang", "Ivanova", "d'Arcy" };
    public static readonly string[] Orgs = { "Foreign Ministry", "Ministry of Commerce", "European Commission", "State Department", "United Nations", "Defence Ministry" };
    public static readonly string[] Titles = { "President", "Prime Minister", "Foreign Minister", "Ambassador", "Senator", "Vice Premier", "Secretary-General" };
    public static readonly string[] Roles = { "foreign minister", "spokesperson", "trade minister", "ambassador", "deputy prime minister" };
    public static readonly string[] Countries = { "China", "EU", "France", "Japan", "Brazil", "Examplestan", "United States", "Türkiye" };
    public static readonly string[] Places = { "Paris", "Beijing", "Brussels", "New York", "Chongqing", "Geneva", "São Paulo", "İstanbul" };
    public static readonly string[] Topics = { "the new tariffs", "politicizing human rights issues", "unilateral sanctions", "a ceasefire in the region", "closer cooperation on climate", "the trade agreement" };
    public static readonly string[] Days = { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" };
    public static readonly string[] Dates = { "June 12, 2024", "12 June 2024", "2024-06-12", "May 3", "last month", "this week", "next Tuesday", "February 30, 2024" };

    public static readonly string[] Templates =
    {
        "{O} spokesperson {P} said on {D} that {C} opposes {T}.",
        "{R} {P} met {R} {Q} in {L} on {W}.",
        "{C} and {K} held talks in {L} from June 13 to 17.",
        "{P}, {C}'s {r}, urged {K} to stop {T}.",
        "At a press conference in {L} on {D}, {O} spokesperson {P} said {C} firmly supports {T}.",
        "\u201C{C} will never accept {T},\u201D said {R} {P}.",
        "{C} condemns {T}, {O} spokesperson {P} told reporters.",
        "{R} {Q} will visit {L} next week, the {O} announced.",
        "{R} {P} called {R} {Q} on {D} to discuss {T}.",
        "{C} rejects {T}, said {P}, the {r} of {C}.",
        "Both sides agreed to deepen cooperation on {T}, {P} said.",
        "\"We hope {K} will respect {T},\" {P} added.",
    };

    /// <summary>Text crafted to end a string literal, a doc comment or a line, or to smuggle a directive.</summary>
    public static readonly string[] Payloads =
    {
        "\"", "\\", "\\\"", "\\\\", "*/", "/*", "//", "</summary>", "<summary>", "</remarks><summary>x", "]]>", "<![CDATA[", "<!--", "-->",
        "&", "&amp;", "&#x22;", "<c>", "<see cref=\"System.Object\"/>", "\n#line 1 \"evil.cs\"\n", "#line hidden", "\n#error boom\n", "\n#if false\n",
        "\"\"\"", "\"\"\"\"\"", "@\"", "$\"{", "{0}", "{1}", "{{", "}}", "\\u0022", "\\U00000022", "\\x22", "\\0", "'", "`", "\u0060\u0060\u0060",
        "\"; } public static class Pwned { public const string X = \"", "\" + System.Environment.Exit(1) + \"", ");}}namespace Evil{class C{//",
        "\n}\nclass Injected {}\n", "\r\n/// <summary>", "\u2028class Injected {}", "\u2029", "\u0085", "\uD800", "\uDC00", "\uDBFF\uDBFF", "\uDFFF\uD800",
        "\U0001F600", "\u202E", "\u200B", "\u200D", "\uFEFF", "\uFFFE", "\uFFFF", "\0", "\u0007", "\u001B[31m", "\u007F", "\u0080\u009F",
        "\t", "\r", "\n", "\r\n", "\v", "\f", "e\u0301", "\u0301", "\u05D0\u05D1", "\u0627\u0644", "\u4E2D\u6587", "\u3000", "\u00A0", "\uFF02",
    };

    /// <summary>Characters fuzzing draws from: ASCII, controls, many scripts, marks, format characters, separators, lone surrogates.</summary>
    public static char RandomChar(FuzzRandom rng)
    {
        switch (rng.Int(14))
        {
            case 0: return (char)rng.Int(0x20);
            case 1: return (char)(0x7F + rng.Int(0x22));
            case 2: return (char)(0xA0 + rng.Int(0x160));
            case 3: return (char)(0x0300 + rng.Int(0x70));
            case 4: return (char)(0x0590 + rng.Int(0x170));
            case 5: return (char)(0x2000 + rng.Int(0x70));
            case 6: return (char)(0x4E00 + rng.Int(0x5000));
            case 7: return (char)(0xD800 + rng.Int(0x800));
            case 8: return rng.Pick(new[] { '\uFEFF', '\uFFFE', '\uFFFF', '\uFFFD', '\u2028', '\u2029', '\u0085', '\u200B', '\u200E', '\u200F', '\u202E', '\u2066', '\u2069', '\u00AD' });
            case 9: return rng.Pick(new[] { '"', '\'', '\u201C', '\u201D', '\u2018', '\u2019', '\u00AB', '\u00BB', '\u201E', '\u300C', '\u300D', '\uFF02', '(', ')', '[', ']' });
            case 10: return (char)(0x0400 + rng.Int(0x100));
            case 11: return (char)(0x0E00 + rng.Int(0x80));
            default: return (char)(0x20 + rng.Int(0x5F));
        }
    }

    public static string RandomString(FuzzRandom rng, int length)
    {
        var sb = new StringBuilder(length);
        for (var i = 0; i < length; i++) sb.Append(RandomChar(rng));
        return sb.ToString();
    }

    public static string Person(FuzzRandom rng, double payload) => Maybe(rng, rng.Pick(Given) + " " + rng.Pick(Family), payload);

    /// <summary>With probability <paramref name="p"/>, <paramref name="value"/> with a payload inserted somewhere in it.</summary>
    public static string Maybe(FuzzRandom rng, string value, double p)
    {
        if (!rng.Chance(p)) return value;
        var at = rng.Int(value.Length + 1);
        return value.Substring(0, at) + rng.Pick(Payloads) + value.Substring(at);
    }

    /// <summary>A sentence from a template, each slot filled (and, with probability <paramref name="payload"/>, poisoned).</summary>
    public static string Sentence(FuzzRandom rng, double payload)
    {
        var template = rng.Pick(Templates);
        var sb = new StringBuilder();
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] != '{' || i + 2 >= template.Length || template[i + 2] != '}') { sb.Append(template[i]); continue; }
            var slot = template[i + 1];
            i += 2;
            sb.Append(slot switch
            {
                'O' => Maybe(rng, rng.Pick(Orgs), payload),
                'P' or 'Q' => Person(rng, payload),
                'R' => Maybe(rng, rng.Pick(Titles), payload),
                'r' => Maybe(rng, rng.Pick(Roles), payload),
                'C' or 'K' => Maybe(rng, rng.Pick(Countries), payload),
                'L' => Maybe(rng, rng.Pick(Places), payload),
                'T' => Maybe(rng, rng.Pick(Topics), payload),
                'D' => rng.Pick(Days),
                'W' => rng.Pick(Dates),
                _ => "?",
            });
        }
        return sb.ToString();
    }

    public static string News(FuzzRandom rng, int sentences, double payload, string newline = "\n")
    {
        var sb = new StringBuilder();
        for (var i = 0; i < sentences; i++)
        {
            sb.Append(Sentence(rng, payload));
            sb.Append(rng.Chance(0.4) ? newline : " ");
            if (rng.Chance(0.1)) sb.Append(newline);
        }
        return sb.ToString();
    }

    /// <summary>Applies 1..<paramref name="max"/> random edits: insert payload or random text, delete, duplicate, replace.</summary>
    public static string Mutate(FuzzRandom rng, string text, int max)
    {
        var sb = new StringBuilder(text);
        var edits = rng.Between(1, max);
        for (var e = 0; e < edits; e++)
        {
            var at = rng.Int(sb.Length + 1);
            switch (rng.Int(6))
            {
                case 0: sb.Insert(at, rng.Pick(Payloads)); break;
                case 1: sb.Insert(at, RandomString(rng, rng.Between(1, 12))); break;
                case 2:
                    if (sb.Length > 0) { var from = System.Math.Min(at, sb.Length - 1); sb.Remove(from, rng.Int(System.Math.Min(40, sb.Length - from) + 1)); }
                    break;
                case 3:
                    if (at < sb.Length) { var len = rng.Int(System.Math.Min(60, sb.Length - at)); sb.Insert(at, sb.ToString(at, len)); }
                    break;
                case 4:
                    if (at < sb.Length) sb[at] = RandomChar(rng);
                    break;
                default:
                    sb.Insert(at, rng.Pick(new[] { "\r", "\n", "\r\n", "\u2028", "\u0085", ". ", "\u201C", "\u201D", "\"", "'s", "Mr. ", "U.S. " }));
                    break;
            }
        }
        return sb.ToString();
    }

    /// <summary>Line ends of every kind, mixed: CR, LF, CRLF, LF CR, NEL, LS, PS.</summary>
    public static string MixLineEnds(FuzzRandom rng, string text)
    {
        var ends = new[] { "\n", "\r", "\r\n", "\n\r", "\u0085", "\u2028", "\u2029", "\r\r\n" };
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c == '\n') sb.Append(rng.Pick(ends));
            else sb.Append(c);
        }
        return sb.ToString();
    }
}
