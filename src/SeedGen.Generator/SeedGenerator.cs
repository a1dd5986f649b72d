using System;
using System.Collections.Immutable;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SeedGen.Diagnostics;
using SeedGen.Documents;
using SeedGen.Emit;
using SeedGen.Generator.Pipeline;
using SeedGen.Index;
using SeedGen.Model;

namespace SeedGen.Generator;

/// <summary>
/// INDEX.md -> documents -> extraction -> plan -> emitted C#. Each document is extracted in
/// its own cached step whose input is only its text and publication date, so editing one
/// document re-extracts that one, and editing C# or moving INDEX.md rows re-extracts none.
/// Nothing here throws: every failure becomes a diagnostic and the rest is still generated.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class SeedGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => GeneratorOptions.From(provider))
            .WithTrackingName(TrackingNames.Options);

        var indexes = context.AdditionalTextsProvider
            .Combine(options)
            .Where(static pair => pair.Right.IsIndex(pair.Left.Path))
            .Select(static (pair, ct) => ParseIndex(pair.Left, ct))
            .WithTrackingName(TrackingNames.IndexParsed);

        var listed = indexes.Collect()
            .Select(static (all, _) => new ListedEntries(all))
            .WithTrackingName(TrackingNames.ListedEntries);

        var extracted = context.AdditionalTextsProvider
            .Combine(listed)
            .Select(static (pair, ct) => ToExtractionInput(pair.Left, pair.Right, ct))
            .WithTrackingName(TrackingNames.DocumentInput)
            .Where(static input => input is not null)
            .Select(static (input, ct) => DocumentProcessor.Extract(input!, ct))
            .WithTrackingName(TrackingNames.Extraction);

        var documentPlans = extracted
            .Select(static (doc, ct) => PlanDocument(doc, ct))
            .WithTrackingName(TrackingNames.DocumentPlan);

        var plan = extracted.Collect()
            .Combine(documentPlans.Collect())
            .Combine(indexes.Collect())
            .Combine(options)
            .Select(static (x, ct) => BuildPlan(x.Left.Right, x.Left.Left.Left, x.Left.Left.Right, x.Right, ct))
            .WithTrackingName(TrackingNames.Plan);

        var sources = plan
            .SelectMany(static (p, _) => p.Sources)
            .Select(static (spec, _) => EmitSafely(spec))
            .WithTrackingName(TrackingNames.Emit);

        var problems = plan
            .Select(static (p, _) => p.Problems)
            .WithTrackingName(TrackingNames.Diagnostics);

        context.RegisterSourceOutput(sources, static (spc, result) =>
        {
            if (result.Source is { } source) spc.AddSource(source.HintName, SourceText.From(source.Text, Encoding.UTF8));
            if (result.Problem is { } problem) spc.ReportDiagnostic(ProblemReporter.ToDiagnostic(problem));
        });

        context.RegisterSourceOutput(problems, static (spc, list) =>
        {
            foreach (var problem in list) spc.ReportDiagnostic(ProblemReporter.ToDiagnostic(problem));
        });
    }

    private static IndexParseResult ParseIndex(AdditionalText file, CancellationToken ct)
    {
        var path = PathResolver.Normalize(file.Path);
        try
        {
            var text = file.GetText(ct)?.ToString() ?? string.Empty;
            return IndexParser.Parse(path, text, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var problem = Problem.Create(DiagnosticCatalog.InternalErrorId, SourceLocation.StartOf(path), path, ex.GetType().Name, ex.Message);
            return new IndexParseResult(path, EquatableArray<IndexEntry>.Empty, new EquatableArray<Problem>(new[] { problem }));
        }
    }

    /// <summary>A listed file's extraction input (path, text, publication date), or null for any other AdditionalFile.</summary>
    private static ExtractionInput? ToExtractionInput(AdditionalText file, ListedEntries listed, CancellationToken ct)
    {
        var entry = listed.Find(file.Path);
        if (entry is null) return null;
        // The document's own path (it may differ from the row's in case): diagnostics point at the file that exists.
        var filePath = PathResolver.Normalize(file.Path);
        try
        {
            var text = file.GetText(ct)?.ToString() ?? string.Empty;
            return new ExtractionInput(entry.Path, entry.File, text, entry.Published, filePath);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A host whose GetText throws must not take the whole generator down (CS8785): this document only gets SG0011.
            var problem = Problem.Create(DiagnosticCatalog.InternalErrorId, SourceLocation.StartOf(filePath), entry.File, ex.GetType().Name, ex.Message);
            return new ExtractionInput(entry.Path, entry.File, string.Empty, entry.Published, filePath, problem);
        }
    }

    /// <summary>One document's plan; a failure leaves that document's class with metadata only and one SG0011 naming it.</summary>
    private static LocalDocumentPlan PlanDocument(ExtractedDocument doc, CancellationToken ct)
    {
        try
        {
            return DocumentPlanner.Plan(doc, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var problem = Problem.Create(DiagnosticCatalog.InternalErrorId, SourceLocation.StartOf(doc.Path), doc.Path, ex.GetType().Name, ex.Message);
            return LocalDocumentPlan.Empty(doc.Path) with { Failure = problem };
        }
    }

    private static CorpusPlan BuildPlan(
        ImmutableArray<IndexParseResult> indexes, ImmutableArray<ExtractedDocument> extracted, ImmutableArray<LocalDocumentPlan> documentPlans,
        GeneratorOptions options, CancellationToken ct)
    {
        try
        {
            var corpus = CorpusAssembler.Assemble(indexes, extracted, ct);
            var plan = CorpusPlanner.Plan(corpus, documentPlans, new EmitOptions(options.Namespace), ct);
            if (options.InvalidNamespace is null) return plan;
            var problem = Problem.Create(DiagnosticCatalog.BadNameId, null, options.InvalidNamespace, options.Namespace);
            return plan with { Problems = new EquatableArray<Problem>(System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Append(plan.Problems, problem))) };
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var problem = Problem.Create(DiagnosticCatalog.InternalErrorId, null, "INDEX.md", ex.GetType().Name, ex.Message);
            return new CorpusPlan(EquatableArray<SourceSpec>.Empty, new EquatableArray<Problem>(new[] { problem }));
        }
    }

    private static EmitResult EmitSafely(SourceSpec spec)
    {
        try
        {
            return new EmitResult(SourceEmitter.Emit(spec), null);
        }
        catch (Exception ex)
        {
            return new EmitResult(null, Problem.Create(DiagnosticCatalog.InternalErrorId, null, spec.HintName, ex.GetType().Name, ex.Message));
        }
    }

    private sealed record EmitResult(GeneratedSource? Source, Problem? Problem);
}
