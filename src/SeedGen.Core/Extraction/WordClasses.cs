using System;
using System.Collections.Generic;

namespace SeedGen.Extraction;

/// <summary>Closed-class word tests shared by the finders (function words, months, weekdays, pronouns).</summary>
internal static class WordClasses
{
    public static readonly string[] Months =
    {
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    };

    public static readonly string[] Weekdays = { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday" };

    private static readonly Dictionary<string, int> MonthIndex = BuildMonths();

    private static readonly HashSet<string> FunctionCaps = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "in", "on", "at", "for", "but", "and", "or", "nor", "he", "she", "it", "they", "we", "i", "you",
        "his", "her", "its", "their", "our", "my", "your", "this", "that", "these", "those", "there", "here", "as", "after",
        "before", "while", "when", "if", "with", "from", "by", "to", "of", "during", "under", "over", "since", "until",
        "among", "about", "both", "all", "some", "many", "most", "such", "also", "however", "meanwhile", "earlier", "later",
        "yes", "no", "not", "what", "which", "who", "whom", "whose", "where", "why", "how", "so", "then", "thus", "than",
        "speaking", "asked", "according", "following", "begin", "end", "text", "readout", "statement", "representatives",
        "every", "each", "any", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "first",
        "second", "third", "last", "next", "new", "other", "another", "today", "tomorrow", "yesterday", "tonight",
        "mr", "mrs", "ms", "dr", "sir", "lord", "lady", "dame", "leaving", "noting", "recognizing", "recognising",
        "proving", "addressing", "aiming", "despite", "although", "though", "because", "unless", "even", "only", "just",
        "we're", "it's", "there's", "that's", "let", "do", "does", "did", "is", "are", "was", "were", "be", "will", "would",
        "can", "could", "should", "must", "may", "might", "shall", "have", "has", "had", "under", "without", "within",
        "through", "between", "against", "toward", "towards", "upon", "via", "per", "instead", "rather", "whether",
        "nevertheless", "furthermore", "moreover", "indeed", "still", "already", "now", "once", "again", "never",
        "internationally", "basically", "frankly", "unfortunately", "particularly", "especially", "finally", "currently",
        "critics", "analysts", "officials", "experts", "sources", "observers", "people", "many",
    };

    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal) { "he", "she", "him", "her", "his" };

    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal)
    {
        "de", "del", "della", "di", "da", "dos", "das", "du", "van", "von", "der", "den", "la", "le", "bin", "ibn", "al", "el", "ben", "y", "o",
    };

    private static Dictionary<string, int> BuildMonths()
    {
        var d = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < Months.Length; i++)
        {
            d[Months[i]] = i + 1;
            d[Months[i].Substring(0, 3)] = i + 1;
            d[Months[i].Substring(0, 3) + "."] = i + 1;
        }
        d["sept"] = 9;
        d["sept."] = 9;
        d.Remove("may.");
        d.Remove("mar");
        d.Remove("jun");
        d.Remove("jul");
        d.Remove("dec");
        d.Remove("jan");
        d.Remove("aug");
        d.Remove("oct");
        d.Remove("nov");
        d.Remove("feb");
        d.Remove("apr");
        d.Remove("sep");
        return d;
    }

    /// <summary>1..12 for a month name or its dotted abbreviation ("Nov."), else 0.</summary>
    public static int Month(in Token t)
    {
        if (!t.IsWord || !t.IsCap) return 0;
        return t.Word.Facts.Month;
    }

    /// <summary>1..12 for a lower-case month name or dotted abbreviation, else 0 (for <see cref="WordFacts"/>).</summary>
    public static int MonthOf(string lower) => MonthIndex.TryGetValue(lower, out var m) ? m : 0;

    /// <summary>0..6 (Monday = 0) for a weekday name, else -1.</summary>
    public static int Weekday(in Token t)
    {
        if (!t.IsWord) return -1;
        return t.Word.Facts.Weekday;
    }

    /// <summary>0..6 (Monday = 0) for a lower-case weekday name, else -1 (for <see cref="WordFacts"/>).</summary>
    public static int WeekdayOf(string lower)
    {
        for (var i = 0; i < Weekdays.Length; i++)
        {
            if (string.Equals(lower, Weekdays[i], StringComparison.Ordinal)) return i;
        }
        return -1;
    }

    public static bool IsFunctionWord(in Token t) => t.Word.Facts.IsFunctionWord;

    /// <summary>True for a lower-case function word (for <see cref="WordFacts"/>).</summary>
    public static bool IsFunctionWord(string lower) => FunctionCaps.Contains(lower);

    /// <summary>True for a lower-case name particle (for <see cref="WordFacts"/>).</summary>
    public static bool IsNameParticle(string lower) => NameParticles.Contains(lower);

    public static bool IsPersonPronoun(Token t) => Pronouns.Contains(t.Lower);

    public static bool IsNameParticle(in Token t) => t.IsWord && !t.IsCap && t.Word.Facts.IsNameParticleText;

    /// <summary>"al-Sisi", "bin-Salman", "de-Gaulle": a lower-case particle joined to a capitalised name.</summary>
    public static bool IsHyphenParticleName(Token t)
    {
        if (!t.IsWord || t.IsCap) return false;
        var dash = t.Text.IndexOf('-');
        if (dash <= 0 || dash + 1 >= t.Text.Length || !char.IsUpper(t.Text[dash + 1])) return false;
        return NameParticles.Contains(t.Lower.Substring(0, dash)) || t.Lower.StartsWith("abu-", System.StringComparison.Ordinal) || t.Lower.StartsWith("as-", System.StringComparison.Ordinal);
    }

    public static bool IsAcronym(string s)
    {
        if (s.Length < 2) return false;
        var letters = 0;
        foreach (var c in s)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c)) return false;
                letters++;
            }
        }
        return letters >= 2;
    }

    public static bool IsSentenceEnd(Token t) => t.Kind == TokenKind.Punct && (t.Text == "." || t.Text == "?" || t.Text == "!");
}
