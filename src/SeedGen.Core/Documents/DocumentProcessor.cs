using System;
using System.Collections.Generic;
using System.Threading;
using SeedGen.Diagnostics;
using SeedGen.Extraction;
using SeedGen.Index;
using SeedGen.Model;

namespace SeedGen.Documents;

/// <summary>
/// The whole input of one document's extraction step: nothing that changes when other rows move.
/// <paramref name="FilePath"/> is the AdditionalFile's own path when it differs from <paramref name="Path"/> (the row's
/// resolved path) only in case: diagnostics point at it. <paramref name="ReadFailure"/> is set when the text could not be read.
/// </summary>
public sealed record ExtractionInput(string Path, string File, string Text, PartialDate? Published, string? FilePath = null, Problem? ReadFailure = null);

/// <summary>The result of one document's extraction step.</summary>
public sealed record ExtractedDocument(string Path, ExtractionResult Records, EquatableArray<Problem> Problems);

/// <summary>Runs extraction for one document (the per-document pipeline step), never throwing on bad input.</summary>
public static class DocumentProcessor
{
    public static ExtractedDocument Extract(ExtractionInput input, CancellationToken cancellationToken = default)
    {
        var problems = new List<Problem>();
        var records = ExtractionResult.Empty;
        var location = SourceLocation.StartOf(input.FilePath ?? input.Path);
        if (input.ReadFailure is not null)
        {
            problems.Add(input.ReadFailure);
        }
        else if (IsBlank(input.Text))
        {
            problems.Add(Problem.Create(DiagnosticCatalog.EmptyDocumentId, location, input.File));
        }
        else
        {
            try
            {
                records = Extractor.Extract(input.Text, input.Published, cancellationToken);
                if (records.IsEmpty) problems.Add(Problem.Create(DiagnosticCatalog.NothingFoundId, location, input.File));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                problems.Add(Problem.Create(DiagnosticCatalog.InternalErrorId, location, input.File, ex.GetType().Name, ex.Message));
            }
        }
        return new ExtractedDocument(input.Path, records, problems.ToEquatableArray());
    }

    /// <summary>Pairs a row with its extraction; a row without one is a listed file that is not there (SG0004).</summary>
    public static DocumentModel Combine(IndexEntry entry, ExtractedDocument? extracted)
    {
        if (extracted is null)
        {
            var missing = Problem.Create(DiagnosticCatalog.MissingDocumentId, entry.Location, entry.File, entry.Path);
            return new DocumentModel(entry, ExtractionResult.Empty, new EquatableArray<Problem>(new[] { missing }));
        }
        return new DocumentModel(entry, extracted.Records, extracted.Problems);
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
