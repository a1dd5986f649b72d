using System;
using System.Collections.Generic;

namespace SeedGen.Extraction;

/// <summary>A role read from the text: title, organisation and country, and whether it marks a non-official.</summary>
internal sealed class Role
{
    public Role(string title, string? organization, string? country, bool nonOfficial)
    {
        Title = title;
        Organization = organization;
        Country = country;
        NonOfficial = nonOfficial;
    }

    public string Title { get; }

    public string? Organization { get; }

    public string? Country { get; }

    public bool NonOfficial { get; }
}

/// <summary>
/// Finds and parses role phrases next to a name: before it ("Foreign Ministry spokesperson",
/// "assistant minister of Foreign Affairs", "Chinese President") or after it (", head of the
/// Japanese delegation", ", a spokesman").
/// </summary>
internal static class RoleParser
{
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "for", "at", "the", "and", "to", "on", "in" };

    public static bool IsTitleWord(in Token t) => t.IsWord && t.Word.Facts.IsTitle;

    public static bool IsRoleWord(in Token t) => t.IsWord && t.Word.Facts.IsRoleWord;

    public static bool IsHonorific(in Token t) => t.IsWord && t.IsCap && t.Word.Facts.IsHonorificText;

    /// <summary>Scans left from <paramref name="last"/> (inclusive) for a role phrase; returns its first token index or -1.</summary>
    public static int ScanBack(TokenList tokens, int first, int last)
    {
        if (last < first) return -1;
        var anchor = tokens[last];
        if (!IsRoleWord(anchor)) return -1;
        var i = last;
        var start = last;
        var count = 0;
        while (i >= first && count < 25)
        {
            var t = tokens[i];
            bool accept;
            if (t.IsWord && string.Equals(t.Text, "'s", StringComparison.Ordinal))
            {
                // "Russia's chief negotiator", "the ministry's spokeswoman": take the owner and stop
                if (i - 1 >= first && tokens[i - 1].IsWord && (tokens[i - 1].IsCap || IsRoleWord(tokens[i - 1])))
                {
                    start = i - 1;
                }
                break;
            }
            if (t.IsWord && t.IsCap && !WordClasses.IsFunctionWord(t))
            {
                accept = true;
            }
            else if (t.IsWord && IsRoleWord(t))
            {
                accept = true;
            }
            else if (t.IsWord && Connectors.Contains(t.Lower) && i > first)
            {
                var before = tokens[i - 1];
                if (t.Is("and"))
                {
                    var next = tokens[i + 1];
                    var nextIsTitle = (IsTitleWord(next) || Lexicon.Instance.TitleModifiers.Contains(next.Lower)) && Lexicon.Instance.CountryOf(next.Text) is null;
                    var nextIsOrg = next.IsCap && Lexicon.Instance.OrgWords.Contains(next.Text) && Lexicon.Instance.CountryOf(next.Text) is null;
                    accept = (IsRoleWord(before) && (nextIsTitle || nextIsOrg)) || (IsPlaceWord(tokens, i - 1) && next.Is("the"));
                }
                else if (t.Is("the"))
                {
                    accept = before.IsWord && Connectors.Contains(before.Lower) && !before.Is("the");
                }
                else
                {
                    accept = before.IsWord && (before.IsCap || IsRoleWord(before)) && !WordClasses.IsFunctionWord(before);
                }
            }
            else
            {
                accept = false;
            }
            if (!accept) break;
            if (!(t.IsWord && Connectors.Contains(t.Lower))) start = i;
            i--;
            count++;
        }
        return start;
    }

    private static bool IsPlaceWord(TokenList tokens, int i)
    {
        var t = tokens[i];
        return t.IsWord && t.IsCap && Lexicon.Instance.Places.ContainsKey(t.Text);
    }

    /// <summary>True when tokens [first, end) contain a role head word ("minister", "spokesperson").</summary>
    public static bool HasTitle(TokenList tokens, int first, int end)
    {
        for (var i = first; i < end; i++)
        {
            if (IsTitleWord(tokens[i])) return true;
        }
        return false;
    }

    /// <summary>Parses tokens [first, end) of a role phrase into title, organisation and country.</summary>
    public static Role? Parse(Document doc, int first, int end)
    {
        var tokens = doc.Tokens;
        if (end <= first || !HasTitle(tokens, first, end)) return null;
        var lex = Lexicon.Instance;
        string? country = null;
        var nonOfficial = false;
        var skip = new bool[end - first];
        for (var i = first; i < end; i++)
        {
            if (tokens[i].Word.Facts.IsNonOfficialRole) nonOfficial = true;
            var m = Gazetteer.Match(tokens, i, end);
            if (!m.IsMatch) continue;
            if (m.Kind == NameKind.Organization)
            {
                if (country is null && m.Value.Length > 0) country = m.Value;
                i += m.Length - 1;
                continue;
            }
            if (m.Kind == NameKind.Place)
            {
                i += m.Length - 1;
                continue;
            }
            if (country is null) country = m.Value;
            // country words at the start of the phrase (and a possessive 's) are not part of title or organisation
            if (AllSkippedBefore(skip, first, i))
            {
                for (var k = 0; k < m.Length; k++) skip[i - first + k] = true;
                if (i + m.Length < end && tokens[i + m.Length].Text == "'s") skip[i + m.Length - first] = true;
            }
            i += m.Length - 1;
        }

        // the title starts at the first title word or modifier that is followed (within the modifier run) by a head
        var titleStart = -1;
        for (var i = first; i < end; i++)
        {
            if (skip[i - first]) continue;
            var t = tokens[i];
            if (t.Word.Facts.IsTitle || t.Word.Facts.IsTitleModifier)
            {
                // a modifier only starts the title when a head follows through modifiers/heads
                var j = i;
                var sawHead = false;
                while (j < end && (tokens[j].Word.Facts.IsTitle || tokens[j].Word.Facts.IsTitleModifier))
                {
                    if (tokens[j].Word.Facts.IsTitle) sawHead = true;
                    j++;
                }
                if (sawHead)
                {
                    titleStart = i;
                    break;
                }
            }
        }
        if (titleStart < 0) return null;
        var org = new List<int>();
        for (var i = first; i < titleStart; i++)
        {
            if (!skip[i - first]) org.Add(i);
        }
        // the title runs to " of "/" at " when an organisation follows there
        var titleEnd = end;
        var orgAfter = -1;
        for (var i = titleStart + 1; i < end; i++)
        {
            var t = tokens[i];
            if ((t.Is("of") || t.Is("at")) && i + 1 < end)
            {
                var k = i + 1;
                if (tokens[k].Is("the")) k++;
                if (k < end && tokens[k].IsCap && !IsStateWord(tokens, k, end))
                {
                    titleEnd = i;
                    orgAfter = k;
                    break;
                }
            }
        }
        var title = doc.Span(titleStart, titleEnd);
        string? organization = null;
        if (orgAfter >= 0)
        {
            organization = doc.Span(orgAfter, end);
        }
        if (org.Count > 0)
        {
            var prefix = doc.Span(org[0], org[org.Count - 1] + 1);
            organization = organization is null ? prefix : prefix + ", " + organization;
        }
        title = title.Trim();
        if (organization is not null)
        {
            organization = organization.Trim(' ', ',');
            if (organization.StartsWith("the ", StringComparison.Ordinal)) organization = organization.Substring(4);
            if (organization.Length == 0) organization = null;
        }
        if (country is null)
        {
            var lower = title.ToLowerInvariant();
            for (var i = titleStart; i < titleEnd && country is null; i++)
            {
                if (lex.ModifierCountries.TryGetValue(tokens[i].Lower, out var mc)) country = mc;
            }
            var bestLength = 0;
            foreach (var kv in lex.Titles)
            {
                if (kv.Value.Length > 0 && kv.Key.Length > bestLength && ContainsWords(lower, kv.Key))
                {
                    country = kv.Value;
                    bestLength = kv.Key.Length;
                }
            }
        }
        return new Role(title, organization, country, nonOfficial);
    }

    private static bool ContainsWords(string text, string words)
    {
        var at = 0;
        while ((at = text.IndexOf(words, at, StringComparison.Ordinal)) >= 0)
        {
            var okStart = at == 0 || text[at - 1] == ' ';
            var e = at + words.Length;
            var okEnd = e == text.Length || text[e] == ' ';
            if (okStart && okEnd) return true;
            at = e;
        }
        return false;
    }

    private static bool AllSkippedBefore(bool[] skip, int first, int i)
    {
        for (var k = first; k < i; k++)
        {
            if (!skip[k - first]) return false;
        }
        return true;
    }

    /// <summary>"Secretary of State": "State" after "of" belongs to the title, not an organisation.</summary>
    private static bool IsStateWord(TokenList tokens, int k, int end)
        => tokens[k].Is("state") && (k + 1 >= end || !tokens[k + 1].IsCap || tokens[k + 1].Is("for"));
}
