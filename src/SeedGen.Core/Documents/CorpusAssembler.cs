using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using SeedGen.Diagnostics;
using SeedGen.Index;

namespace SeedGen.Documents;

/// <summary>A corpus in a fixed order (index files by path, rows in table order) and every problem found so far.</summary>
public sealed record Corpus(IReadOnlyList<DocumentModel> Documents, IReadOnlyList<Problem> Problems);

/// <summary>
/// Joins parsed indexes with extracted documents by resolved path. The order never depends
/// on the order in which the compiler hands over AdditionalFiles.
/// </summary>
public static class CorpusAssembler
{
    public static Corpus Assemble(IReadOnlyList<IndexParseResult> indexes, IReadOnlyList<ExtractedDocument> extracted, CancellationToken cancellationToken = default)
    {
        var problems = new List<Problem>();
        if (indexes.Count == 0) problems.Add(Problem.Create(DiagnosticCatalog.NoIndexId, null));

        var byPath = new Dictionary<string, ExtractedDocument>(StringComparer.Ordinal);
        foreach (var d in extracted)
        {
            if (!byPath.ContainsKey(d.Path)) byPath.Add(d.Path, d);
        }

        var sorted = new List<IndexParseResult>(indexes);
        sorted.Sort((a, b) => string.CompareOrdinal(a.IndexPath, b.IndexPath));

        var seen = new Dictionary<string, IndexEntry>(StringComparer.OrdinalIgnoreCase);
        var documents = new List<DocumentModel>();
        foreach (var index in sorted)
        {
            problems.AddRange(index.Problems);
            foreach (var entry in index.Entries)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (seen.TryGetValue(entry.Path, out var first))
                {
                    problems.Add(Problem.Create(DiagnosticCatalog.DuplicateRowId, entry.Location, entry.File, (first.Location.Line + 1).ToString(CultureInfo.InvariantCulture)));
                    continue;
                }
                seen.Add(entry.Path, entry);
                byPath.TryGetValue(entry.Path, out var doc);
                var model = DocumentProcessor.Combine(entry, doc);
                problems.AddRange(model.Problems);
                documents.Add(model);
            }
        }
        return new Corpus(documents, problems);
    }
}
