using System;
using System.Collections.Generic;
using System.Threading;

namespace SeedGen.Extraction;

/// <summary>Who a noun phrase names: a person, a country or bloc, an organisation, or a joint group ("China and EU").</summary>
internal sealed class Actor
{
    public Actor(string name, Person? person, string? country)
    {
        Name = name;
        Person = person;
        Country = country;
    }

    public string Name { get; }

    public Person? Person { get; }

    /// <summary>The country the actor is or belongs to (null for joint groups).</summary>
    public string? Country { get; }

    public bool IsJoint => Name.IndexOf(" and ", StringComparison.Ordinal) > 0;

    public static Actor Joint(Actor a, Actor b) => new(a.Name + " and " + b.Name, null, null);

    public override string ToString() => Name;
}

/// <summary>
/// The actors of a document: persons (from <see cref="PeopleFinder"/>), countries and blocs named
/// by name, adjective + side/government, or capital, and organisations; plus the document's home
/// country (the one most named) for roles that do not say whose they are.
/// </summary>
internal sealed class Actors
{
    private static readonly HashSet<string> SideNouns = new(StringComparer.Ordinal)
    {
        "side", "government", "authorities", "delegation", "leadership", "administration", "embassy", "foreign ministry", "ministry",
        "leaders", "state", "officials", "ministers", "president", "spokesman", "spokesperson", "parliament",
    };

    public Actors(Document doc, PeopleIndex people, CancellationToken ct)
    {
        Doc = doc;
        People = people;
        var tokens = doc.Tokens;
        CountryAt = doc.Scratch.Countries(tokens.Count);
        CountryMentionStart = doc.Scratch.CountryStarts(tokens.Count);
        var counts = doc.Scratch.CountryCounts();
        foreach (var s in doc.Sentences)
        {
            ct.ThrowIfCancellationRequested();
            for (var i = s.First; i < s.End; i++)
            {
                var m = Gazetteer.Match(tokens, i, s.End);
                if (!m.IsMatch)
                {
                    var compound = tokens[i].IsWord ? tokens[i].Word.CompoundCountries : null;
                    if (compound is not null && compound.Count > 0)
                    {
                        foreach (var c in compound) Count(counts, c);
                    }
                    continue;
                }
                if (m.Kind == NameKind.Place || (m.Kind == NameKind.Organization && m.Value.Length == 0)) { i += m.Length - 1; continue; }
                var value = m.Value;
                if (m.Kind == NameKind.Organization && IsBloc(value)) value = m.Written;
                if (m.Kind != NameKind.Organization)
                {
                    Count(counts, value);
                    if (i - s.First <= 1) Count(counts, value);
                }
                for (var k = 0; k < m.Length; k++)
                {
                    CountryAt[i + k] = value;
                    CountryMentionStart[i + k] = i;
                }
                i += m.Length - 1;
            }
        }
        // ties go to the country named first: a dictionary without removals enumerates in insertion order,
        // which is first-mention order, so the first of the most-named wins
        string? best = null;
        var bestCount = 0;
        foreach (var kv in counts)
        {
            if (best is null || kv.Value > bestCount)
            {
                best = kv.Key;
                bestCount = kv.Value;
            }
        }
        HomeCountry = best;
        CountryCounts = counts;
    }

    private static bool IsBloc(string c) => c == "EU" || c == "UN" || c == "NATO" || c == "ASEAN" || c == "APEC" || c == "WHO" || c.Length == 0;

    private static void Count(Dictionary<string, int> counts, string c)
    {
        counts[c] = counts.TryGetValue(c, out var n) ? n + 1 : 1;
    }

    public Document Doc { get; }

    public PeopleIndex People { get; }

    /// <summary>The country each token's country mention names (names, adjectives, capitals, owned organisations).</summary>
    public string?[] CountryAt { get; }

    public int[] CountryMentionStart { get; }

    public Dictionary<string, int> CountryCounts { get; }

    public string? HomeCountry { get; }

    /// <summary>The name a person is reported under.</summary>
    public static string NameOf(Person p) => p.Name;

    /// <summary>
    /// The actor named by the noun phrase that ends at token <paramref name="last"/> (inclusive) and
    /// starts no earlier than <paramref name="first"/>; the first token of the phrase is returned in <paramref name="start"/>.
    /// </summary>
    public Actor? NamedBefore(int first, int last, out int start)
    {
        var tokens = Doc.Tokens;
        start = last;
        if (last < first) return null;
        var t = tokens[last];
        var p = People.ByToken[last];
        if (p is not null)
        {
            start = People.TryGetMentionStart(last, out var ms) ? ms : last;
            return new Actor(NameOf(p), p, p.Country ?? HomeCountry);
        }
        if (CountryAt[last] is not null)
        {
            start = CountryMentionStart[last];
            var c = CountryAt[last]!;
            if (start - 1 >= first && tokens[start - 1].Is("the")) start--;
            return new Actor(c, null, c);
        }
        // "the Chinese side", "the EU delegation", "the US embassy", "the Chinese Foreign Ministry"
        if (t.IsWord && (SideNouns.Contains(t.Lower) || t.Word.Facts.IsOrgWord || RoleParser.IsTitleWord(t)))
        {
            var k = last - 1;
            while (k >= first && k >= last - 3 && CountryAt[k] is null && tokens[k].IsWord && (tokens[k].IsCap || RoleParser.IsRoleWord(tokens[k]))) k--;
            if (k >= first && CountryAt[k] is not null)
            {
                start = CountryMentionStart[k];
                if (start - 1 >= first && tokens[start - 1].Is("the")) start--;
                var c = CountryAt[k]!;
                return new Actor(c, null, c);
            }
        }
        return null;
    }
}
