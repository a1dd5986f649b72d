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
                p.Country = MostNamedExcept(actors, explicitCountries, 3) ?? (explicitCountries.Count > 0 ? explicitCountries[0] : actors.HomeCountry);
            }
        }
    }

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
            if (except.Contains(kv.Key) || kv.Value < minimum) continue;
            if (kv.Value > bestCount || (kv.Value == bestCount && string.CompareOrdinal(kv.Key, best) < 0))
            {
                best = kv.Key;
                bestCount = kv.Value;
            }
        }
        return best;
    }
}
