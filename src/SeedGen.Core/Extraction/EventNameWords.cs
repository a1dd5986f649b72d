using System;
using System.Collections.Generic;

namespace SeedGen.Extraction;

/// <summary>
/// The content words of an event's name (lower case, distinct, at least three letters, without
/// "the", "and", "of", "with", "meeting", "visit", "talks"), kept sorted so that two names' shared
/// words are counted by one merge, with a 64-bit summary that skips names sharing none.
/// </summary>
internal sealed class EventNameWords
{
    private readonly string[] _words;
    private readonly ulong _mask;

    private EventNameWords(string[] words)
    {
        _words = words;
        foreach (var w in words) _mask |= 1UL << (Bucket(w) & 63);
    }

    /// <summary>How many distinct content words the name has.</summary>
    public int Count => _words.Length;

    [ThreadStatic]
    private static List<string>? _scratch;

    public static EventNameWords Of(string name)
    {
        var list = _scratch ??= new List<string>();
        list.Clear();
        // the parts between spaces, hyphens and apostrophes; lower-casing keeps the length, so short parts are skipped unread
        var start = 0;
        for (var i = 0; i <= name.Length; i++)
        {
            if (i < name.Length && name[i] != ' ' && name[i] != '-' && name[i] != '\'') continue;
            if (i - start >= 3)
            {
                var l = Word.LowerInvariant(name, start, i - start);
                if (!(l == "the" || l == "and" || l == "of" || l == "with" || l == "meeting" || l == "visit" || l == "talks")) list.Add(l);
            }
            start = i + 1;
        }
        list.Sort(StringComparer.Ordinal);
        var distinct = 0;
        for (var i = 0; i < list.Count; i++)
        {
            if (distinct == 0 || !string.Equals(list[distinct - 1], list[i], StringComparison.Ordinal)) list[distinct++] = list[i];
        }
        var words = new string[distinct];
        list.CopyTo(0, words, 0, distinct);
        return new EventNameWords(words);
    }

    /// <summary>Shared words over the smaller name's word count (0 when either has none).</summary>
    public static double Overlap(EventNameWords a, EventNameWords b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        var common = 0;
        if ((a._mask & b._mask) != 0)
        {
            int i = 0, j = 0;
            while (i < a._words.Length && j < b._words.Length)
            {
                var c = string.CompareOrdinal(a._words[i], b._words[j]);
                if (c == 0)
                {
                    common++;
                    i++;
                    j++;
                }
                else if (c < 0)
                {
                    i++;
                }
                else
                {
                    j++;
                }
            }
        }
        return (double)common / Math.Min(a.Count, b.Count);
    }

    private static int Bucket(string w) => w.Length == 0 ? 0 : (w[0] * 31 + w[w.Length - 1]) * 7 + w.Length;
}
