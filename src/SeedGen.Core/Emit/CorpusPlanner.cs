using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Threading;
using SeedGen.Diagnostics;
using SeedGen.Documents;
using SeedGen.Index;
using SeedGen.Model;

namespace SeedGen.Emit;

/// <summary>
/// Decides names and files for a whole corpus: document classes, deduplicated officials,
/// member names for events and positions, and the group file each document goes to.
/// Cheap (no extraction); its output is value-equatable, so an edit that changes nothing
/// here emits nothing.
/// </summary>
public static class CorpusPlanner
{
    /// <summary>Documents are spread over at most this many files (by a stable hash of their path).</summary>
    public const int GroupCount = 64;

    public const string TypesHintName = "SeedGen.Types.g.cs";
    public const string CatalogHintName = "SeedGen.Catalog.g.cs";

    private static readonly string[] CatalogReserved =
    {
        "Officials", "OfficialNames", "Events", "Positions", "Documents", "Concat",
        "Document", "Title", "Published", "Source", "File", SentencesMember, EvidenceMethod,
        // The supporting types: generated code names them unqualified, so no nested class may hide them.
        "Official", "SeedEvent", "Position", "Actor", "SeedDocument", "SeedDate", "Evidence", "EventKind", "Stance", "SeedData",
    };

    /// <summary>A document class's table of its distinct sentences (no generated name starts with "__").</summary>
    public const string SentencesMember = "__S";

    /// <summary>A document class's factory of Evidence from a line and a sentence index.</summary>
    public const string EvidenceMethod = "__Ev";

    /// <summary>
    /// Members every class inherits from object: a generated member or nested class of that name hides it (warning
    /// CS0108), so no scope hands them out (found by fuzzing a Name cell "Equals", docs/RELIABILITY.md).
    /// </summary>
    private static readonly string[] ObjectMembers =
    {
        "Equals", "GetHashCode", "GetType", "ToString", "ReferenceEquals", "MemberwiseClone", "Finalize",
    };

    /// <summary>A scope that also never hands out <see cref="ObjectMembers"/>.</summary>
    public static NameScope Scope(string enclosingType, params string[] reserved)
    {
        var all = new string[reserved.Length + ObjectMembers.Length];
        reserved.CopyTo(all, 0);
        ObjectMembers.CopyTo(all, reserved.Length);
        return new NameScope(enclosingType, all);
    }

    /// <summary>Plans the files of an assembled corpus, planning each document on the way (the CLI's path).</summary>
    public static CorpusPlan Plan(Corpus corpus, EmitOptions options, CancellationToken cancellationToken = default)
    {
        var locals = new List<LocalDocumentPlan>(corpus.Documents.Count);
        foreach (var doc in corpus.Documents)
        {
            locals.Add(DocumentPlanner.Plan(new ExtractedDocument(doc.Entry.Path, doc.Records, doc.Problems), cancellationToken));
        }
        return Plan(corpus, locals, options, cancellationToken);
    }

    /// <summary>
    /// Plans the files of an assembled corpus from its documents' own plans (matched by path; a
    /// document without one gets an empty plan). The corpus's problems come along with the naming ones.
    /// Linear in documents and officials: per-record work was done, and cached, per document.
    /// </summary>
    public static CorpusPlan Plan(Corpus corpus, IReadOnlyList<LocalDocumentPlan> locals, EmitOptions options, CancellationToken cancellationToken = default)
    {
        var problems = new List<Problem>(corpus.Problems);
        var ordered = corpus.Documents;
        var localByPath = new Dictionary<string, LocalDocumentPlan>(StringComparer.Ordinal);
        foreach (var local in locals)
        {
            if (!localByPath.ContainsKey(local.Path)) localByPath.Add(local.Path, local);
        }
        var plans = new LocalDocumentPlan[ordered.Count];
        for (var i = 0; i < ordered.Count; i++)
        {
            var path = ordered[i].Entry.Path;
            plans[i] = localByPath.TryGetValue(path, out var local) ? local : LocalDocumentPlan.Empty(path);
            if (plans[i].Failure is { } failure) problems.Add(failure);
        }

        var classNames = NameDocuments(ordered, problems);
        var catalog = PlanOfficials(plans, classNames, ordered, cancellationToken);

        var groups = new SortedDictionary<int, (List<PlannedDocument> Docs, Dictionary<string, string> Persons)>();
        for (var i = 0; i < ordered.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var entry = ordered[i].Entry;
            var group = GroupOf(entry.File);
            if (!groups.TryGetValue(group, out var g)) groups.Add(group, g = (new List<PlannedDocument>(), new Dictionary<string, string>(StringComparer.Ordinal)));
            g.Docs.Add(new PlannedDocument(classNames[i], entry.File, entry.Title, entry.Published, entry.Source, plans[i]));
            foreach (var o in plans[i].Officials) g.Persons[o.PersonKey] = catalog.MemberByKey[o.PersonKey];
        }

        var sources = new List<SourceSpec>
        {
            new TypesSpec(TypesHintName, options.Namespace),
            new CatalogSpec(CatalogHintName, options.Namespace, catalog.Officials.ToEquatableArray(), classNames.ToEquatableArray()),
        };
        foreach (var pair in groups)
        {
            var persons = new List<PersonMember>();
            foreach (var p in pair.Value.Persons) persons.Add(new PersonMember(p.Key, p.Value));
            persons.Sort((a, b) => string.CompareOrdinal(a.PersonKey, b.PersonKey));
            sources.Add(new DocumentGroupSpec(GroupHintName(pair.Key), options.Namespace, pair.Value.Docs.ToEquatableArray(), persons.ToEquatableArray()));
        }

        return new CorpusPlan(sources.ToEquatableArray(), problems.ToEquatableArray());
    }

    public static string GroupHintName(int group) =>
        "SeedGen.Documents.G" + group.ToString("D2", CultureInfo.InvariantCulture) + ".g.cs";

    /// <summary>FNV-1a of the path as written in INDEX.md: the same on every machine and run.</summary>
    public static int GroupOf(string file)
    {
        unchecked
        {
            var hash = 2166136261u;
            foreach (var c in file.Replace('\\', '/'))
            {
                hash = (hash ^ c) * 16777619u;
            }
            return (int)(hash % GroupCount);
        }
    }

    /// <summary>Explicit Names first (they win a clash), then titles (first 8 words), then file names.</summary>
    private static string[] NameDocuments(IReadOnlyList<DocumentModel> docs, List<Problem> problems)
    {
        var names = new string[docs.Count];
        var scope = Scope(EmitOptions.CatalogClass, CatalogReserved);
        for (var pass = 0; pass < 2; pass++)
        {
            for (var i = 0; i < docs.Count; i++)
            {
                var entry = docs[i].Entry;
                var hasName = entry.Name is not null;
                if ((pass == 0) != hasName) continue;
                string baseName;
                if (hasName)
                {
                    baseName = Identifiers.IsValidTypeName(entry.Name) ? entry.Name! : Identifiers.FromText(entry.Name);
                    if (baseName != entry.Name)
                    {
                        problems.Add(Problem.Create(DiagnosticCatalog.BadNameId, entry.Location, entry.Name!, baseName));
                    }
                }
                else if (entry.Title is not null)
                {
                    baseName = Identifiers.FromText(entry.Title, 8);
                }
                else
                {
                    baseName = Identifiers.FromText(WithoutExtension(PathResolver.FileNameOf(entry.File)));
                }
                names[i] = scope.Allocate(baseName);
            }
        }
        return names;
    }

    private static string WithoutExtension(string fileName)
    {
        var dot = fileName.LastIndexOf('.');
        return dot > 0 ? fileName.Substring(0, dot) : fileName;
    }

    private sealed class OfficialCatalog
    {
        public List<PlannedOfficial> Officials { get; } = new();

        public Dictionary<string, string> MemberByKey { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>One catalog official per person (same person key), the first mention's role winning where later ones add nothing new.</summary>
    private static OfficialCatalog PlanOfficials(LocalDocumentPlan[] plans, string[] classNames, IReadOnlyList<DocumentModel> docs, CancellationToken ct)
    {
        var catalog = new OfficialCatalog();
        var scope = Scope("Officials", "All", "OfficialNames", EmitOptions.CatalogClass);
        var indexByKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var docsOf = new List<List<string>>();
        for (var d = 0; d < plans.Length; d++)
        {
            ct.ThrowIfCancellationRequested();
            foreach (var local in plans[d].Officials)
            {
                var o = local.Record;
                if (indexByKey.TryGetValue(local.PersonKey, out var at))
                {
                    var existing = catalog.Officials[at];
                    // Documents come in order, so this document is already listed only if it was the last one added
                    // (a Contains over the list made popular officials quadratic in the corpus size).
                    var listed = docsOf[at];
                    if (!ReferenceEquals(listed[listed.Count - 1], classNames[d])) listed.Add(classNames[d]);
                    if ((existing.Title is null && o.Title is not null) || (existing.Organization is null && o.Organization is not null)
                        || (existing.Country is null && o.Country is not null))
                    {
                        catalog.Officials[at] = existing with
                        {
                            Title = existing.Title ?? o.Title,
                            Organization = existing.Organization ?? o.Organization,
                            Country = existing.Country ?? o.Country,
                        };
                    }
                    continue;
                }
                var member = scope.Allocate(Identifiers.FromText(o.Name));
                indexByKey.Add(local.PersonKey, catalog.Officials.Count);
                catalog.MemberByKey.Add(local.PersonKey, member);
                docsOf.Add(new List<string> { classNames[d] });
                catalog.Officials.Add(new PlannedOfficial(member, o.Name, o.Title, o.Organization, o.Country,
                    EquatableArray<string>.Empty, docs[d].Entry.File, o.Evidence, classNames[d], local.Sentence));
            }
        }
        for (var i = 0; i < catalog.Officials.Count; i++)
        {
            catalog.Officials[i] = catalog.Officials[i] with { DocumentClasses = docsOf[i].ToEquatableArray() };
        }
        return catalog;
    }
}
