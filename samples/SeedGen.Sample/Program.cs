using System;
using System.Collections.Generic;
using System.Linq;

namespace SeedGen.Sample;

/// <summary>
/// Prints what SeedGen generated from seeds/INDEX.md. Everything used here is generated:
/// the Seeds catalog and the Official, SeedEvent, Position, Actor, SeedDocument and SeedDate
/// types, in this project's namespace. The report loops over the lists, so it works whatever
/// the documents hold; the last section shows typed access to one official of the seed.
/// </summary>
internal static class Program
{
    private static void Main()
    {
        Console.WriteLine("SeedGen sample: {0} document(s), {1} official(s), {2} event(s), {3} position(s)",
            Seeds.Documents.Count, Seeds.Officials.All.Count, Seeds.Events.Count, Seeds.Positions.Count);

        Section("Documents");
        foreach (var document in Seeds.Documents)
        {
            Console.WriteLine("  {0}", document.Title ?? document.File);
            Console.WriteLine("    source: {0}, published: {1}, file: {2}", document.Source ?? "?", Date(document.Published), document.File);
        }
        None(Seeds.Documents);

        Section("Officials");
        foreach (var official in Seeds.Officials.All)
        {
            Console.WriteLine("  {0}: {1}", official.Name, Describe(official));
        }
        None(Seeds.Officials.All);

        Section("Events");
        foreach (var e in Seeds.Events)
        {
            Console.WriteLine("  {0} [{1}]", e.Name, e.Kind);
            Console.WriteLine("    when: {0}, where: {1}", Span(e.Start, e.End), e.Location ?? "?");
            Console.WriteLine("    participants: {0}", e.Participants.Count == 0 ? "-" : string.Join(", ", e.Participants.Select(p => p.Name)));
        }
        None(Seeds.Events);

        Section("Positions (holder / stance / topic)");
        foreach (var p in Seeds.Positions)
        {
            var speaker = p.Speaker is null || p.Speaker.Name == p.Holder.Name ? string.Empty : " (" + p.Speaker.Name + ")";
            Console.WriteLine("  {0} / {1} / {2}{3}", p.Holder.Name, p.Stance, p.Topic, speaker);
        }
        None(Seeds.Positions);

        // One query over the catalog: who speaks for which country, and what each country's
        // stances are, joined through Actor.Official.
        Section("By country (officials, and positions their officials voiced)");
        var byCountry = Seeds.Officials.All
            .GroupBy(o => o.Country ?? "(country not stated)")
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new
            {
                Country = g.Key,
                Officials = g.Select(o => o.Name).ToList(),
                Stances = Seeds.Positions
                    .Where(p => p.Speaker?.Official is { } o && g.Contains(o))
                    .GroupBy(p => p.Stance)
                    .OrderByDescending(s => s.Count())
                    .Select(s => s.Key + " x" + s.Count())
                    .ToList(),
            })
            .ToList();
        foreach (var row in byCountry)
        {
            Console.WriteLine("  {0}: {1}", row.Country, string.Join(", ", row.Officials));
            if (row.Stances.Count > 0) Console.WriteLine("    stances voiced: {0}", string.Join(", ", row.Stances));
        }
        None(byCountry);

        // Typed access: these lines stop compiling if the seed no longer names Lin Jian.
        Section("Typed access");
        var spokesperson = Seeds.Officials.LinJian;
        Console.WriteLine("  Seeds.Officials.LinJian.Title = {0}", spokesperson.Title);
        Console.WriteLine("  {0}", Greeting(spokesperson.Name));
    }

    private static string Greeting(string name) => name switch
    {
        Seeds.OfficialNames.LinJian => "Seeds.OfficialNames.LinJian is a const string, usable in a switch",
        _ => "someone else",
    };

    private static void Section(string title)
    {
        Console.WriteLine();
        Console.WriteLine(title);
    }

    private static void None<T>(IReadOnlyCollection<T> items)
    {
        if (items.Count == 0) Console.WriteLine("  (none)");
    }

    private static string Describe(Official official)
    {
        var parts = new List<string>();
        if (official.Title is not null) parts.Add(official.Title);
        if (official.Organization is not null) parts.Add(official.Organization);
        var role = parts.Count == 0 ? "(role not stated)" : string.Join(", ", parts);
        return official.Country is null ? role : role + " (" + official.Country + ")";
    }

    private static string Date(SeedDate? date) => date?.ToString() ?? "?";

    private static string Span(SeedDate? start, SeedDate? end) =>
        start is null ? "?" : end is null || end == start ? Date(start) : Date(start) + " to " + Date(end);
}
