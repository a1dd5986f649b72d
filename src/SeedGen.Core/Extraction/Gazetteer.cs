using System;
using System.Collections.Generic;

namespace SeedGen.Extraction;

/// <summary>What a phrase of the text names.</summary>
internal enum NameKind
{
    None,
    Country,
    CountryAdjective,
    Capital,
    Place,
    Organization,
}

/// <summary>A lexicon phrase found at a token position: its kind, length in tokens and canonical value.</summary>
internal readonly struct NameMatch
{
    public NameMatch(NameKind kind, int length, string value, string written)
    {
        Kind = kind;
        Length = length;
        Value = value;
        Written = written;
    }

    public NameKind Kind { get; }

    public int Length { get; }

    /// <summary>Canonical country (for countries, adjectives, capitals) or the owning country (places, organisations).</summary>
    public string Value { get; }

    public string Written { get; }

    public bool IsMatch => Kind != NameKind.None;
}

/// <summary>Looks up countries, adjectives, capitals, places and organisations at a token position (longest match first).</summary>
internal static class Gazetteer
{
    public static NameMatch Match(TokenList tokens, int i, int end)
    {
        var lex = Lexicon.Instance;
        var t = tokens[i];
        if (!t.IsWord || !(t.IsCap || char.IsDigit(t.Text[0]))) return default;
        var facts = t.Word.Facts;
        if (facts.Phrases is { } phrases)
        {
            var matches = facts.PhraseMatches!;
            for (var p = 0; p < matches.Length; p++)
            {
                var m = matches[p];
                if (!m.IsMatch) continue;
                var words = phrases[p].Words;
                if (i + words.Length > end) continue;
                var ok = true;
                for (var k = 1; k < words.Length; k++)
                {
                    if (!string.Equals(tokens[i + k].Text, words[k], StringComparison.Ordinal)) { ok = false; break; }
                }
                if (ok) return m;
            }
        }
        var single = facts.SingleName;
        if (single.IsMatch) return single;
        // hyphenated compounds such as "China-EU" or "Sino-Vietnamese" name their first part
        return default;
    }

    public static NameMatch Lookup(string written, int length)
    {
        var lex = Lexicon.Instance;
        if (lex.CountryNames.TryGetValue(written, out var c)) return new NameMatch(NameKind.Country, length, c, written);
        if (lex.CountryAdjectives.TryGetValue(written, out c)) return new NameMatch(NameKind.CountryAdjective, length, c, written);
        if (lex.Capitals.TryGetValue(written, out c)) return new NameMatch(NameKind.Capital, length, c, written);
        if (lex.Organizations.TryGetValue(written, out c)) return new NameMatch(NameKind.Organization, length, c, written);
        if (lex.Places.TryGetValue(written, out c)) return new NameMatch(NameKind.Place, length, c, written);
        return default;
    }

    /// <summary>The countries named by the parts of a hyphenated compound ("U.S.-EU", "China-Vietnam", "Sino-Australian").</summary>
    private static readonly List<string> None = new();

    /// <remarks>The list returned for a word without a hyphen is shared: do not modify it.</remarks>
    public static List<string> CompoundCountries(string word)
    {
        if (word.IndexOf('-') < 0 && word.IndexOf('\u2013') < 0) return None;
        var list = new List<string>();
        var parts = word.Split('-', '\u2013');
        foreach (var p in parts)
        {
            var c = Lexicon.Instance.CountryOf(p);
            if (c is null && p.EndsWith(".", StringComparison.Ordinal)) c = Lexicon.Instance.CountryOf(p);
            if (c is null && string.Equals(p, "U.S", StringComparison.Ordinal)) c = "United States";
            if (c is not null && !list.Contains(c)) list.Add(c);
        }
        return list;
    }
}
