using System;
using System.Collections.Generic;
using System.IO;
using SeedGen.Model;

namespace SeedGen.Extraction;

/// <summary>A stance or reporting verb phrase from <c>stance_verbs.txt</c>.</summary>
internal sealed class VerbEntry
{
    public VerbEntry(string[] words, Stance stance, bool isReport)
    {
        Words = words;
        Stance = stance;
        IsReport = isReport;
    }

    public string[] Words { get; }

    public Stance Stance { get; }

    public bool IsReport { get; }
}

/// <summary>
/// The general lexicons of news English, loaded once from the embedded
/// <c>SeedGen.Lexicons.*.txt</c> resources. All look-ups are ordinal.
/// </summary>
internal sealed class Lexicon
{
    private static readonly Lazy<Lexicon> Shared = new(() => new Lexicon(), System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);

    public static Lexicon Instance => Shared.Value;

    /// <summary>Country names and aliases (as written, case-sensitive) to canonical names.</summary>
    public Dictionary<string, string> CountryNames { get; } = new(StringComparer.Ordinal);

    /// <summary>Adjectives and demonyms ("Chinese") to canonical country names.</summary>
    public Dictionary<string, string> CountryAdjectives { get; } = new(StringComparer.Ordinal);

    /// <summary>Capitals and seats used for their government ("Beijing") to canonical names.</summary>
    public Dictionary<string, string> Capitals { get; } = new(StringComparer.Ordinal);

    /// <summary>Other places (cities, regions) to their country (may be empty).</summary>
    public Dictionary<string, string> Places { get; } = new(StringComparer.Ordinal);

    /// <summary>Named organisations to the country or bloc they belong to (may be empty).</summary>
    public Dictionary<string, string> Organizations { get; } = new(StringComparer.Ordinal);

    /// <summary>Political parties (a subset of <see cref="Organizations"/>).</summary>
    public HashSet<string> Parties { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Role heads ("minister") with the country they imply, or empty.</summary>
    public Dictionary<string, string> Titles { get; } = new(StringComparer.Ordinal);

    public HashSet<string> TitleModifiers { get; } = new(StringComparer.Ordinal);

    /// <summary>Modifiers that imply a country ("shadow" minister: UK).</summary>
    public Dictionary<string, string> ModifierCountries { get; } = new(StringComparer.Ordinal);

    /// <summary>Organisation words, compared without case ("Ministry", "ministry").</summary>
    public HashSet<string> OrgWords { get; } = new(StringComparer.OrdinalIgnoreCase);

    public HashSet<string> NonOfficialRoles { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Honorifics { get; } = new(StringComparer.Ordinal);

    /// <summary>Stance verbs by their first word (lower case), longest phrases first.</summary>
    public Dictionary<string, List<VerbEntry>> Verbs { get; } = new(StringComparer.Ordinal);

    /// <summary>Event triggers by their first word (lower case), longest first.</summary>
    public Dictionary<string, List<(string[] Words, EventKind Kind)>> EventTriggers { get; } = new(StringComparer.Ordinal);

    /// <summary>Multi-word names (countries, adjectives, places, organisations) by first word, longest first, with the form to look up.</summary>
    public Dictionary<string, List<(string[] Words, string Written)>> MultiWordNames { get; } = new(StringComparer.Ordinal);

    /// <summary>The longest title phrase in words.</summary>
    public int MaxTitleWords { get; private set; } = 1;

    private Lexicon()
    {
        foreach (var cols in Read("countries.txt"))
        {
            var name = cols[0];
            AddName(CountryNames, name, name);
            if (cols.Length > 1) foreach (var a in Split(cols[1])) AddName(CountryNames, a, name);
            if (cols.Length > 2) foreach (var a in Split(cols[2])) AddName(CountryAdjectives, a, name);
            if (cols.Length > 3) foreach (var a in Split(cols[3])) AddName(Capitals, a, name);
        }
        foreach (var cols in Read("places.txt"))
        {
            AddName(Places, cols[0], cols.Length > 1 ? cols[1] : string.Empty);
        }
        foreach (var cols in Read("organizations.txt"))
        {
            AddName(Organizations, cols[0], cols.Length > 1 ? cols[1] : string.Empty);
            if (cols.Length > 2 && string.Equals(cols[2], "party", StringComparison.Ordinal)) Parties.Add(cols[0]);
        }
        foreach (var cols in Read("titles.txt"))
        {
            Titles[cols[0]] = cols.Length > 1 ? cols[1] : string.Empty;
            var n = cols[0].Split(' ').Length;
            if (n > MaxTitleWords) MaxTitleWords = n;
        }
        foreach (var cols in Read("title_modifiers.txt"))
        {
            TitleModifiers.Add(cols[0]);
            if (cols.Length > 1 && cols[1].Length > 0) ModifierCountries[cols[0]] = cols[1];
        }
        foreach (var cols in Read("org_words.txt")) OrgWords.Add(cols[0]);
        foreach (var cols in Read("nonofficial_roles.txt")) NonOfficialRoles.Add(cols[0]);
        foreach (var cols in Read("honorifics.txt")) Honorifics.Add(cols[0]);
        foreach (var cols in Read("stance_verbs.txt"))
        {
            if (cols.Length < 3) continue;
            var words = cols[0].Split(' ');
            var entry = new VerbEntry(words, ParseStance(cols[1]), string.Equals(cols[2], "report", StringComparison.Ordinal));
            if (!Verbs.TryGetValue(words[0], out var list)) Verbs[words[0]] = list = new List<VerbEntry>();
            list.Add(entry);
        }
        foreach (var list in Verbs.Values) list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        foreach (var cols in Read("event_triggers.txt"))
        {
            if (cols.Length < 2) continue;
            var words = cols[0].Split(' ');
            if (!EventTriggers.TryGetValue(words[0], out var list)) EventTriggers[words[0]] = list = new List<(string[], EventKind)>();
            list.Add((words, ParseKind(cols[1])));
        }
        foreach (var list in EventTriggers.Values) list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        foreach (var list in MultiWordNames.Values) list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
    }

    private void AddName(Dictionary<string, string> map, string written, string value)
    {
        map[written] = value;
        var words = Tokenizer.SplitWords(written);
        if (words.Length > 1)
        {
            if (!MultiWordNames.TryGetValue(words[0], out var list)) MultiWordNames[words[0]] = list = new List<(string[], string)>();
            foreach (var existing in list)
            {
                if (SameWords(existing.Words, words)) return;
            }
            list.Add((words, written));
        }
    }

    private static bool SameWords(string[] a, string[] b)
    {
        if (a.Length != b.Length) return false;
        for (var i = 0; i < a.Length; i++)
        {
            if (!string.Equals(a[i], b[i], StringComparison.Ordinal)) return false;
        }
        return true;
    }

    private static string[] Split(string s)
    {
        var parts = s.Split('|');
        var list = new List<string>(parts.Length);
        foreach (var p in parts)
        {
            var t = p.Trim();
            if (t.Length > 0) list.Add(t);
        }
        return list.ToArray();
    }

    private static Stance ParseStance(string s) => s switch
    {
        "supports" => Stance.Supports,
        "opposes" => Stance.Opposes,
        "urges" => Stance.Urges,
        "hopes" => Stance.Hopes,
        "ready" => Stance.Ready,
        "commits" => Stance.Commits,
        "condemns" => Stance.Condemns,
        "rejects" => Stance.Rejects,
        _ => Stance.Asserts,
    };

    private static EventKind ParseKind(string s) => s switch
    {
        "meeting" => EventKind.Meeting,
        "talks" => EventKind.Talks,
        "visit" => EventKind.Visit,
        "press_conference" => EventKind.PressConference,
        "summit" => EventKind.Summit,
        "call" => EventKind.Call,
        "signing" => EventKind.Signing,
        "election" => EventKind.Election,
        "speech" => EventKind.Speech,
        _ => EventKind.Other,
    };

    /// <summary>Reads one embedded lexicon: non-empty, non-comment lines split on tabs (trimmed).</summary>
    internal static IEnumerable<string[]> Read(string fileName)
    {
        var asm = typeof(Lexicon).Assembly;
        using var stream = asm.GetManifestResourceStream("SeedGen.Lexicons." + fileName);
        if (stream is null) yield break;
        using var reader = new StreamReader(stream);
        string? line;
        while ((line = reader.ReadLine()) != null)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var cols = line.Split('\t');
            for (var i = 0; i < cols.Length; i++) cols[i] = cols[i].Trim();
            if (cols[0].Length == 0) continue;
            yield return cols;
        }
    }

    /// <summary>The canonical country of a name, adjective or capital, or null.</summary>
    public string? CountryOf(string written)
    {
        if (CountryNames.TryGetValue(written, out var c)) return c;
        if (CountryAdjectives.TryGetValue(written, out c)) return c;
        return null;
    }
}
