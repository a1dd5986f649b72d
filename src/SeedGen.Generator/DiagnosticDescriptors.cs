using Microsoft.CodeAnalysis;
using SeedGen.Diagnostics;

namespace SeedGen.Generator;

/// <summary>Every diagnostic SeedGen reports, built from <see cref="DiagnosticCatalog"/> (shared with the CLI).</summary>
internal static class DiagnosticDescriptors
{
    private const string Help = "https://github.com/seedgen/seedgen/blob/main/docs/DIAGNOSTICS.md";

    public static readonly DiagnosticDescriptor NoIndex = new(DiagnosticCatalog.NoIndexId, DiagnosticCatalog.NoIndexTitle, DiagnosticCatalog.NoIndexMessage, DiagnosticCatalog.Category, DiagnosticSeverity.Warning, true, helpLinkUri: Help);
    public static readonly DiagnosticDescriptor NoTable = new(DiagnosticCatalog.NoTableId, DiagnosticCatalog.NoTableTitle, DiagnosticCatalog.NoTableMessage, DiagnosticCatalog.Category, DiagnosticSeverity.Error, true, helpLinkUri: Help);
    public static readonly DiagnosticDescriptor NoFileColumn = new(DiagnosticCatalog.NoFileColumnId, DiagnosticCatalog.NoFileColumnTitle, DiagnosticCatalog.NoFileColumnMessage, DiagnosticCatalog.Category, DiagnosticSeverity.Error, true, helpLinkUri: Help);
    public static readonly DiagnosticDescriptor MissingDocument = new(DiagnosticCatalog.MissingDocumentId, DiagnosticCatalog.MissingDocumentTitle, DiagnosticCatalog.MissingDocumentMessage, DiagnosticCatalog.Category, DiagnosticSeverity.Error, true, helpLinkUri: Help);
    public static readonly DiagnosticDescriptor DuplicateRow = new(DiagnosticCatalog.DuplicateRowId, DiagnosticCatalog.DuplicateRowTitle, DiagnosticCatalog.DuplicateRowMessage, DiagnosticCatalog.Category, DiagnosticSeverity.Warning, true, helpLinkUri: Help);
    public static readonly DiagnosticDescriptor BadPublished = new(DiagnosticCatalog.BadPublishedId, DiagnosticCatalog.BadPublishedTitle, DiagnosticCatalog.BadPublishedMessage, DiagnosticCatalog.Category, DiagnosticSeverity.Warning, true, helpLinkUri: Help);
    public static readonly DiagnosticDescriptor EmptyDocument = new(DiagnosticCatalog.EmptyDocumentId, DiagnosticCatalog.EmptyDocumentTitle, DiagnosticCatalog.EmptyDocumentMessage, DiagnosticCatalog.Category, DiagnosticSeverity.Warning, true, helpLinkUri: Help);
    public static readonly DiagnosticDescriptor NothingFound = new(DiagnosticCatalog.NothingFoundId, DiagnosticCatalog.NothingFoundTitle, DiagnosticCatalog.NothingFoundMessage, DiagnosticCatalog.Category, DiagnosticSeverity.Info, true, helpLinkUri: Help);
    public static readonly DiagnosticDescriptor EmptyFileCell = new(DiagnosticCatalog.EmptyFileCellId, DiagnosticCatalog.EmptyFileCellTitle, DiagnosticCatalog.EmptyFileCellMessage, DiagnosticCatalog.Category, DiagnosticSeverity.Error, true, helpLinkUri: Help);
    public static readonly DiagnosticDescriptor BadName = new(DiagnosticCatalog.BadNameId, DiagnosticCatalog.BadNameTitle, DiagnosticCatalog.BadNameMessage, DiagnosticCatalog.Category, DiagnosticSeverity.Warning, true, helpLinkUri: Help);
    public static readonly DiagnosticDescriptor InternalError = new(DiagnosticCatalog.InternalErrorId, DiagnosticCatalog.InternalErrorTitle, DiagnosticCatalog.InternalErrorMessage, DiagnosticCatalog.Category, DiagnosticSeverity.Warning, true, helpLinkUri: Help);

    public static DiagnosticDescriptor For(string id) => id switch
    {
        DiagnosticCatalog.NoIndexId => NoIndex,
        DiagnosticCatalog.NoTableId => NoTable,
        DiagnosticCatalog.NoFileColumnId => NoFileColumn,
        DiagnosticCatalog.MissingDocumentId => MissingDocument,
        DiagnosticCatalog.DuplicateRowId => DuplicateRow,
        DiagnosticCatalog.BadPublishedId => BadPublished,
        DiagnosticCatalog.EmptyDocumentId => EmptyDocument,
        DiagnosticCatalog.NothingFoundId => NothingFound,
        DiagnosticCatalog.EmptyFileCellId => EmptyFileCell,
        DiagnosticCatalog.BadNameId => BadName,
        _ => InternalError,
    };
}
