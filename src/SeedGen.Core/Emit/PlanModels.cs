using SeedGen.Diagnostics;
using SeedGen.Model;

namespace SeedGen.Emit;

/// <summary>Settings from MSBuild that shape the generated code.</summary>
public sealed record EmitOptions(string Namespace)
{
    public const string DefaultNamespace = "SeedGen.Generated";

    /// <summary>The catalog class every generated member hangs from.</summary>
    public const string CatalogClass = "Seeds";
}

/// <summary>An official of the corpus, deduplicated by name across documents.</summary>
public sealed record PlannedOfficial(
    string Member,
    string Name,
    string? Title,
    string? Organization,
    string? Country,
    EquatableArray<string> DocumentClasses,
    string EvidenceFile,
    Evidence Evidence,
    string EvidenceClass,
    int EvidenceSentence);

/// <summary>An official as a document sees it: its member there and in the catalog, and what this document says of it.</summary>
/// <summary>
/// One document as emitted: its class name and metadata, and its own plan (member names,
/// sentence table), which is the very instance its cached pipeline step produced.
/// </summary>
public sealed record PlannedDocument(
    string ClassName,
    string File,
    string? Title,
    PartialDate? Published,
    string? Source,
    LocalDocumentPlan Local);

/// <summary>A person's catalog member (<c>Seeds.Officials.X</c>), by the person key of <see cref="DocumentPlanner.PersonKey"/>.</summary>
public sealed record PersonMember(string PersonKey, string Member);

/// <summary>What one generated file holds; each kind is emitted by its own emitter.</summary>
public abstract record SourceSpec(string HintName, string Namespace);

/// <summary>The supporting types (Official, SeedEvent, Position, enums...).</summary>
public sealed record TypesSpec(string HintName, string Namespace) : SourceSpec(HintName, Namespace);

/// <summary>The corpus-wide catalog: officials deduplicated, and the lists of everything.</summary>
public sealed record CatalogSpec(
    string HintName,
    string Namespace,
    EquatableArray<PlannedOfficial> Officials,
    EquatableArray<string> DocumentClasses) : SourceSpec(HintName, Namespace);

/// <summary>A stable group of documents emitted into one file.</summary>
public sealed record DocumentGroupSpec(
    string HintName,
    string Namespace,
    EquatableArray<PlannedDocument> Documents,
    EquatableArray<PersonMember> Persons) : SourceSpec(HintName, Namespace);

/// <summary>The planner's result: the files to emit and the problems to report.</summary>
public sealed record CorpusPlan(EquatableArray<SourceSpec> Sources, EquatableArray<Problem> Problems);
