using System.Collections.Generic;
using System.Threading;
using SeedGen.Diagnostics;
using SeedGen.Extraction;
using SeedGen.Index;
using SeedGen.Model;

namespace SeedGen.Documents;

/// <summary>Turns one listed document's text into a <see cref="DocumentModel"/> (the per-document pipeline step).</summary>
public static class DocumentProcessor
{
    /// <param name="text">The document's text, or null when no AdditionalFile matched its row.</param>
    public static DocumentModel Process(IndexEntry entry, string? text, CancellationToken cancellationToken = default)
    {
        var problems = new List<Problem>();
        var records = ExtractionResult.Empty;
        if (text is null)
        {
            problems.Add(Problem.Create(DiagnosticCatalog.MissingDocumentId, entry.Location, entry.File, entry.Path));
        }
        else if (IsBlank(text))
        {
            problems.Add(Problem.Create(DiagnosticCatalog.EmptyDocumentId, SourceLocation.StartOf(entry.Path), entry.File));
        }
        else
        {
            records = Extractor.Extract(text, entry.Published, cancellationToken);
            if (records.IsEmpty)
            {
                problems.Add(Problem.Create(DiagnosticCatalog.NothingFoundId, SourceLocation.StartOf(entry.Path), entry.File));
            }
        }

        return new DocumentModel(entry, records, problems.ToEquatableArray());
    }

    private static bool IsBlank(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && c != '\uFEFF' && c != '\0') return false;
        }
        return true;
    }
}
