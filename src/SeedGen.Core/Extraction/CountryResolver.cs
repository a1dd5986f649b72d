using System;
using System.Collections.Generic;

namespace SeedGen.Extraction;

/// <summary>
/// Gives officials whose role names no country the country the document plainly implies:
/// a ministry's or spokesperson's country is the one the document is most about; a role
/// read from "the prime minister" is the home country of the document's other officials;
/// any other role is the most-named country that no other official belongs to.
/// </summary>
internal static class CountryResolver
{
    public static void Resolve(Document doc, Actors actors, PeopleIndex people)
    {
        var explicitCountries = new List<string>();
        foreach (var p in people.People)
        {
            if (p.IsOfficial && p.Country is not null && !explicitCountries.Contains(p.Country)) explicitCountries.Add(p.Country);
        }
        var hasMinistry = doc.Text.IndexOf("Foreign Ministry", StringComparison.OrdinalIgnoreCase) >= 0
            || doc.Text.IndexOf("Ministry of Foreign Affairs", StringComparison.OrdinalIgnoreCase) >= 0;
        foreach (var p in people.People)
        {
            if (!p.IsOfficial || p.Country is not null) continue;
            var org = p.Organization ?? string.Empty;
            var ministry = org.IndexOf("ministry", StringComparison.OrdinalIgnoreCase) >= 0 || org.IndexOf("foreign affairs", StringComparison.OrdinalIgnoreCase) >= 0;
            if (ministry || (p.IsSpokesperson && hasMinistry))
            {
                p.Country = actors.HomeCountry;
            }
            else if (p.IsSpokesperson)
            {
                p.Country = explicitCountries.Count > 0 ? explicitCountries[0] : actors.HomeCountry;
            }
            else if (p.RoleFromDescription)
            {
                p.Country = Majority(actors, people, p) ?? actors.HomeCountry;
            }
            else
            {
                // officials named in the same sentence as this one are its counterparts: their countries are not its own
                var beside = CountriesBeside(doc, people, p);
                string? single = null;
                if (explicitCountries.Count == 1 && !beside.Contains(explicitCountries[0])) single = explicitCountries[0];
                var except = new List<string>(beside);
                if (explicitCountries.Count > 1) except.AddRange(explicitCountries);
                p.Country = CoordinatedCountry(doc, people, p)
                    ?? SameSentenceCountry(doc, actors, people, p)
                    ?? single
                    ?? MostNamedExcept(actors, except, 2)
                    ?? (Named(actors, "United States") > 0 && !except.Contains("United States") ? "United States" : null)
                    ?? (actors.HomeCountry is not null && !except.Contains(actors.HomeCountry) ? actors.HomeCountry : null);
            }
        }
    }

    /// <summary>"President Lee Teng-hui and Premier Lien Chan": the second shares the first one's country.</summary>
    private static string? CoordinatedCountry(Document doc, PeopleIndex people, Person p)
    {
        foreach (var at in p.MentionTokens)
        {
            if (at >= 2 && doc.Tokens[at - 1].Is("and") && people.ByToken[at - 2] is { } q && !ReferenceEquals(q, p) && q.Country is not null) return q.Country;
        }
        return null;
    }

    private static List<string> CountriesBeside(Document doc, PeopleIndex people, Person p)
    {
        var list = new List<string>();
        foreach (var at in p.MentionTokens)
        {
            var s = doc.SentenceAt(at);
            if (s is null) continue;
            {
                for (var i = s.First; i < s.End; i++)
                {
                    var q = people.ByToken[i];
                    if (q is not null && !ReferenceEquals(q, p) && q.IsOfficial && q.Country is not null && !list.Contains(q.Country)) list.Add(q.Country);
                }
            }
        }
        return list;
    }

    /// <summary>
    /// "talks with President X" in a sentence that names one country (by name, not adjective or capital)
    /// that no other official of the sentence belongs to: that country.
    /// </summary>
    private static string? SameSentenceCountry(Document doc, Actors actors, PeopleIndex people, Person p)
    {
        if (p.MentionTokens.Count == 0) return null;
        var at = p.MentionTokens[0];
        var s = doc.SentenceAt(at);
        if (s is null) return null;
        var taken = new List<string>();
        for (var i = s.First; i < s.End; i++)
        {
            var q = people.ByToken[i];
            if (q is not null && !ReferenceEquals(q, p) && q.Country is not null && !taken.Contains(q.Country)) taken.Add(q.Country);
        }
        string? found = null;
        var tokens = doc.Tokens;
        // only countries named before the person: "travel to Egypt for talks with President X" (host), not "X will visit Malaysia" (destination)
        for (var i = s.First; i < at; i++)
        {
            var c = actors.CountryAt[i];
            if (c is null || actors.CountryMentionStart[i] != i) continue;
            var m = Gazetteer.Match(tokens, i, s.End);
            if ((m.Kind != NameKind.Country && m.Kind != NameKind.CountryAdjective) || taken.Contains(c) || IsOrganisation(c)) continue;
            if (found is not null && !string.Equals(found, c, StringComparison.Ordinal)) return null;
            found = c;
        }
        return found;
    }

    private static bool IsOrganisation(string name)
        => name == "NATO" || name == "ASEAN" || name == "APEC" || name == "WHO" || name == "G7" || name == "G8" || name == "G20";

    private static int Named(Actors actors, string country) => actors.CountryCounts.TryGetValue(country, out var n) ? n : 0;

    private static string? Majority(Actors actors, PeopleIndex people, Person self)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        string? best = null;
        foreach (var p in people.People)
        {
            if (ReferenceEquals(p, self) || !p.IsOfficial || p.Country is null) continue;
            counts[p.Country] = counts.TryGetValue(p.Country, out var n) ? n + 1 : 1;
        }
        foreach (var kv in counts)
        {
            if (best is null || kv.Value > counts[best] || (kv.Value == counts[best] && Named(actors, kv.Key) > Named(actors, best))) best = kv.Key;
        }
        return best;
    }

    private static string? MostNamedExcept(Actors actors, List<string> except, int minimum)
    {
        string? best = null;
        var bestCount = 0;
        foreach (var kv in actors.CountryCounts)
        {
            if (except.Contains(kv.Key) || kv.Value < minimum || IsOrganisation(kv.Key)) continue;
            if (kv.Value > bestCount || (kv.Value == bestCount && string.CompareOrdinal(kv.Key, best) < 0))
            {
                best = kv.Key;
                bestCount = kv.Value;
            }
        }
        return best;
    }
}
