using System;
using System.Collections.Generic;
using System.Threading;
using SeedGen.Model;

namespace SeedGen.Extraction;

/// <summary>The extraction engine's entry point: one document's text in, its records out.</summary>
public static class Extractor
{
    /// <summary>
    /// Extracts officials, events and positions from <paramref name="text"/>, resolving
    /// relative dates against <paramref name="published"/>. Pure and deterministic.
    /// </summary>
    public static ExtractionResult Extract(string text, PartialDate? published, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (text is null || text.Length == 0) return ExtractionResult.Empty;
        var doc = new Document(text, published, cancellationToken);
        try
        {
            return Extract(doc, cancellationToken);
        }
        finally
        {
            doc.Scratch.Return();
        }
    }

    private static ExtractionResult Extract(Document doc, CancellationToken cancellationToken)
    {
        if (doc.Tokens.Count == 0) return ExtractionResult.Empty;
        cancellationToken.ThrowIfCancellationRequested();
        var people = PeopleFinder.Find(doc, cancellationToken);
        var actors = new Actors(doc, people, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        CountryResolver.Resolve(doc, actors, people);
        cancellationToken.ThrowIfCancellationRequested();
        var officials = new List<Official>();
        foreach (var p in people.People)
        {
            if (!p.IsOfficial) continue;
            var s = p.RoleSentence ?? p.FirstSentence;
            officials.Add(new Official(p.Name, p.Title, p.Organization, p.Country, doc.EvidenceFor(s)));
        }
        var events = EventFinder.Find(doc, actors, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        var positions = PositionFinder.Find(doc, actors, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        return new ExtractionResult(officials.ToEquatableArray(), events.ToEquatableArray(), positions.ToEquatableArray());
    }
}
