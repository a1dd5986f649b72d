using System;
using System.Collections.Generic;
using System.Threading;

namespace SeedGen.Extraction;

/// <summary>
/// Resolves definite role descriptions ("The chancellor", "the Deputy Secretary", "The Chinese
/// president", "the spokesman") to a person: one whose role has that head, else the last person
/// mentioned without a role, who then takes the role.
/// </summary>
internal static class DefiniteDescriptions
{
    public static void Resolve(Document doc, PeopleIndex index, CancellationToken ct)
    {
        var tokens = doc.Tokens;
        var lex = Lexicon.Instance;
        Person? lastUnroled = null;
        var lastUnroledSentence = -10;
        foreach (var s in doc.Sentences)
        {
            ct.ThrowIfCancellationRequested();
            for (var i = s.First; i < s.End; i++)
            {
                var p = index.ByToken[i];
                if (p is not null)
                {
                    if (!p.HasRole)
                    {
                        lastUnroled = p;
                        lastUnroledSentence = s.Index;
                    }
                    continue;
                }
                if (!tokens[i].Is("the") && !tokens[i].Is("his") && !tokens[i].Is("her")) continue;
                var j = i + 1;
                string? country = null;
                if (j < s.End)
                {
                    var m = Gazetteer.Match(tokens, j, s.End);
                    if (m.IsMatch && (m.Kind == NameKind.CountryAdjective || m.Kind == NameKind.Country))
                    {
                        country = m.Value;
                        j += m.Length;
                    }
                }
                var k = j;
                while (k < s.End && k - j < 4 && (tokens[k].Word.Facts.IsTitleModifier || tokens[k].Word.Facts.IsTitle)) k++;
                if (k == j) continue;
                // the last word must be a head, the next must not continue the phrase as a name or "of ..."
                var head = tokens[k - 1];
                if (!head.Word.Facts.IsTitle) continue;
                if (k < s.End && (doc.IsNameWord(k) || tokens[k].Is("of") || tokens[k].Is("'s") || RoleParser.IsHonorific(tokens[k]))) continue;
                if (head.Is("official") || head.Is("officials") || head.Is("member") || head.Is("head") || head.Is("leader") || head.Is("counterpart") || head.Is("general")) continue;
                var phrase = doc.Span(j, k);
                var lowerPhrase = Word.LowerInvariant(phrase);
                Person? target = null;
                var people = index.People;
                // the most recently introduced matching person among the first 300: people are sorted by their
                // first token (one person per first token), so that is the last match at or before token i
                for (var ci = LastIntroducedBy(people, Math.Min(people.Count, 300), i); ci >= 0; ci--)
                {
                    var cand = people[ci];
                    if (cand.Title is null) continue;
                    if (country is not null && cand.Country is not null && !string.Equals(cand.Country, country, StringComparison.Ordinal)) continue;
                    var t = cand.LowerTitle!;
                    if (t.IndexOf(lowerPhrase, StringComparison.Ordinal) >= 0 || SameHead(t, lowerPhrase))
                    {
                        target = cand;
                        break;
                    }
                }
                if (target is null && lastUnroled is not null && s.Index - lastUnroledSentence <= 2 && !lastUnroled.HasRole)
                {
                    target = lastUnroled;
                    target.Title = phrase;
                    target.RoleFromDescription = true;
                    target.Country ??= country;
                    target.RoleSentence = s;
                }
                if (target is null) continue;
                if (target.Country is null && country is not null) target.Country = country;
                for (var q = i; q < k; q++)
                {
                    if (index.ByToken[q] is null)
                    {
                        index.ByToken[q] = target;
                        index.SetMentionStart(q, i);
                    }
                }
                i = k - 1;
            }
        }
    }

    /// <summary>
    /// "Pakistan's High Commissioner to Britain said ... . Dr Maleeha Lodhi said ...": a role named without a person,
    /// followed by a sentence that opens with a person who has no role, is that person's role.
    /// </summary>
    public static void ResolveRoleThenName(Document doc, PeopleIndex index)
    {
        var tokens = doc.Tokens;
        var lex = Lexicon.Instance;
        for (var si = 0; si + 1 < doc.Sentences.Count; si++)
        {
            var s = doc.Sentences[si];
            for (var i = s.First; i + 2 < s.End; i++)
            {
                if (!(tokens[i + 1].Text == "'s" && actorsCountry(tokens, i, s.End) is { } country)) continue;
                var j = i + 2;
                var k = j;
                while (k < s.End && k - j < 5 && tokens[k].IsWord && (tokens[k].Word.Facts.IsTitleModifier || tokens[k].Word.Facts.IsTitle)) k++;
                if (k == j || !tokens[k - 1].Word.Facts.IsTitle) continue;
                if (k < s.End && (doc.IsNameWord(k) || index.ByToken[k] is not null)) continue;
                var end = k;
                // "to Britain"
                if (end + 1 < s.End && tokens[end].Is("to") && tokens[end + 1].IsCap) end += 2;
                var next = doc.Sentences[si + 1];
                for (var q = next.First; q < next.End && q < next.First + 3; q++)
                {
                    var p = index.ByToken[q];
                    if (p is null) continue;
                    if (!p.HasRole)
                    {
                        p.Title = doc.Span(j, end);
                        p.Country ??= country;
                        p.RoleSentence = s;
                    }
                    break;
                }
            }
        }

        static string? actorsCountry(TokenList tokens, int i, int end)
        {
            var m = Gazetteer.Match(tokens, i, end);
            return m.IsMatch && m.Kind == NameKind.Country && m.Length == 1 ? m.Value : null;
        }
    }

    /// <summary>The index of the last of people[0, count) whose first token is at or before <paramref name="token"/>, or -1.</summary>
    private static int LastIntroducedBy(List<Person> people, int count, int token)
    {
        int lo = 0, hi = count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (people[mid].FirstToken <= token)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }
        return found;
    }

    private static bool SameHead(string title, string phrase)
    {
        // "prime minister" ~ "premier"; "president" ~ "vice president" must not match
        var lastSpace = phrase.LastIndexOf(' ');
        var head = lastSpace < 0 ? phrase : phrase.Substring(lastSpace + 1);
        if (string.Equals(head, "premier", StringComparison.Ordinal) && title.EndsWith("prime minister", StringComparison.Ordinal)) return true;
        if (string.Equals(phrase, "premier", StringComparison.Ordinal) || string.Equals(phrase, "prime minister", StringComparison.Ordinal))
        {
            return title.EndsWith("premier", StringComparison.Ordinal) || title.EndsWith("prime minister", StringComparison.Ordinal);
        }
        return false;
    }
}
