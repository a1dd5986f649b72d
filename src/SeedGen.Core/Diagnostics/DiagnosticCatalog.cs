using System.Collections.Generic;

namespace SeedGen.Diagnostics;

public enum ProblemSeverity
{
    Info,
    Warning,
    Error,
}

/// <summary>One diagnostic SeedGen can report; docs/DIAGNOSTICS.md lists them all.</summary>
public sealed record DiagnosticInfo(string Id, ProblemSeverity Severity, string Title, string MessageFormat)
{
    public string SeverityWord => Severity switch
    {
        ProblemSeverity.Error => "error",
        ProblemSeverity.Warning => "warning",
        _ => "info",
    };
}

/// <summary>
/// Every diagnostic id, title and message, shared by the generator (which turns them into
/// DiagnosticDescriptors) and the CLI (which prints them). Ids are never reused.
/// </summary>
public static class DiagnosticCatalog
{
    public const string Category = "SeedGen";

    public const string NoIndexId = "SG0001";
    public const string NoIndexTitle = "No INDEX.md among AdditionalFiles";
    public const string NoIndexMessage = "SeedGen is referenced but no INDEX.md was found among AdditionalFiles; add <AdditionalFiles Include=\"seeds/INDEX.md\" /> and the documents it lists, or set the SeedGenIndex property to the index's path";

    public const string NoTableId = "SG0002";
    public const string NoTableTitle = "INDEX.md has no table";
    public const string NoTableMessage = "'{0}' holds no Markdown pipe table; add one with a header row such as '| File | Title | Published | Source |' and one row per document";

    public const string NoFileColumnId = "SG0003";
    public const string NoFileColumnTitle = "INDEX.md table has no File column";
    public const string NoFileColumnMessage = "The table in '{0}' has no 'File' column (found: {1}); add a File column holding each document's path relative to INDEX.md";

    public const string MissingDocumentId = "SG0004";
    public const string MissingDocumentTitle = "Listed document is not an AdditionalFile";
    public const string MissingDocumentMessage = "'{0}' is listed in INDEX.md but '{1}' is not among AdditionalFiles; add <AdditionalFiles Include=\"{1}\" /> to the project (the SeedGen package adds every file INDEX.md lists), or fix the path";

    public const string DuplicateRowId = "SG0005";
    public const string DuplicateRowTitle = "Document listed twice";
    public const string DuplicateRowMessage = "'{0}' is listed more than once in INDEX.md (first on line {1}); this row is ignored, remove it";

    public const string BadPublishedId = "SG0006";
    public const string BadPublishedTitle = "Unparsable Published date";
    public const string BadPublishedMessage = "Published '{0}' of '{1}' is not a date; write YYYY-MM-DD, YYYY-MM or YYYY. Relative dates in this document stay unresolved.";

    public const string EmptyDocumentId = "SG0007";
    public const string EmptyDocumentTitle = "Empty document";
    public const string EmptyDocumentMessage = "Document '{0}' is empty; nothing can be extracted from it, check that the file was saved";

    public const string NothingFoundId = "SG0008";
    public const string NothingFoundTitle = "Nothing extracted from document";
    public const string NothingFoundMessage = "No official, event or position was found in '{0}'; its class holds only its metadata";

    public const string EmptyFileCellId = "SG0009";
    public const string EmptyFileCellTitle = "INDEX.md row without a file";
    public const string EmptyFileCellMessage = "This row of '{0}' has an empty File cell; give the document's path or remove the row";

    public const string BadNameId = "SG0010";
    public const string BadNameTitle = "Name is not a C# identifier";
    public const string BadNameMessage = "Name '{0}' is not a valid C# identifier; '{1}' is used instead. Use letters, digits and '_' and start with a letter.";

    public const string InternalErrorId = "SG0011";
    public const string InternalErrorTitle = "SeedGen failed on an input";
    public const string InternalErrorMessage = "SeedGen failed while processing '{0}' ({1}: {2}); the rest was generated. Please report this with the file that caused it.";

    private static readonly Dictionary<string, DiagnosticInfo> ById = Build();

    public static IReadOnlyCollection<DiagnosticInfo> All => ById.Values;

    public static DiagnosticInfo Get(string id) => ById[id];

    private static Dictionary<string, DiagnosticInfo> Build()
    {
        var list = new[]
        {
            new DiagnosticInfo(NoIndexId, ProblemSeverity.Warning, NoIndexTitle, NoIndexMessage),
            new DiagnosticInfo(NoTableId, ProblemSeverity.Error, NoTableTitle, NoTableMessage),
            new DiagnosticInfo(NoFileColumnId, ProblemSeverity.Error, NoFileColumnTitle, NoFileColumnMessage),
            new DiagnosticInfo(MissingDocumentId, ProblemSeverity.Error, MissingDocumentTitle, MissingDocumentMessage),
            new DiagnosticInfo(DuplicateRowId, ProblemSeverity.Warning, DuplicateRowTitle, DuplicateRowMessage),
            new DiagnosticInfo(BadPublishedId, ProblemSeverity.Warning, BadPublishedTitle, BadPublishedMessage),
            new DiagnosticInfo(EmptyDocumentId, ProblemSeverity.Warning, EmptyDocumentTitle, EmptyDocumentMessage),
            new DiagnosticInfo(NothingFoundId, ProblemSeverity.Info, NothingFoundTitle, NothingFoundMessage),
            new DiagnosticInfo(EmptyFileCellId, ProblemSeverity.Error, EmptyFileCellTitle, EmptyFileCellMessage),
            new DiagnosticInfo(BadNameId, ProblemSeverity.Warning, BadNameTitle, BadNameMessage),
            new DiagnosticInfo(InternalErrorId, ProblemSeverity.Warning, InternalErrorTitle, InternalErrorMessage),
        };
        var map = new Dictionary<string, DiagnosticInfo>();
        foreach (var d in list) map.Add(d.Id, d);
        return map;
    }
}
