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
        "Official", "SeedEvent", "Position", "Actor", "SeedDocument", "SeedDate", "Evidence", "EventKind", "Stance",
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
    private static NameScope Scope(string enclosingType, params string[] reserved)
    {
        var all = new string[reserved.Length + ObjectMembers.Length];
        reserved.CopyTo(all, 0);
        ObjectMembers.CopyTo(all, reserved.Length);
        return new NameScope(enclosingType, all);
    }

    /// <summary>Plans the files of an assembled corpus; the corpus's problems come along with the naming ones.</summary>
    public static CorpusPlan Plan(Corpus corpus, EmitOptions options, CancellationToken cancellationToken = default)
    {
        var problems = new List<Problem>(corpus.Problems);
        var ordered = corpus.Documents;

        var classNames = NameDocuments(ordered, problems);
        var sentences = new SentenceTable[ordered.Count];
        for (var i = 0; i < ordered.Count; i++) sentences[i] = SentenceTable.Of(ordered[i].Records);
        var catalog = PlanOfficials(ordered, classNames, sentences, cancellationToken);

        var groups = new SortedDictionary<int, List<PlannedDocument>>();
        var classList = new List<string>();
        for (var i = 0; i < ordered.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var doc = ordered[i];
            var planned = PlanDocument(doc, classNames[i], sentences[i], catalog.MemberByKey);
            var group = GroupOf(doc.Entry.File);
            if (!groups.TryGetValue(group, out var list)) groups.Add(group, list = new List<PlannedDocument>());
            list.Add(planned);
            classList.Add(classNames[i]);
        }

        var sources = new List<SourceSpec>
        {
            new TypesSpec(TypesHintName, options.Namespace),
            new CatalogSpec(CatalogHintName, options.Namespace, catalog.Officials.ToEquatableArray(), classList.ToEquatableArray()),
        };
        foreach (var pair in groups)
        {
            sources.Add(new DocumentGroupSpec(GroupHintName(pair.Key), options.Namespace, pair.Value.ToEquatableArray()));
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

    /// <summary>One catalog official per person (same name, ignoring case and spacing), the first mention's role winning.</summary>
    private static OfficialCatalog PlanOfficials(IReadOnlyList<DocumentModel> docs, string[] classNames, SentenceTable[] sentences, CancellationToken ct)
    {
        var catalog = new OfficialCatalog();
        var scope = Scope("Officials", "All", "OfficialNames", EmitOptions.CatalogClass);
        var indexByKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var docsOf = new List<List<string>>();
        for (var d = 0; d < docs.Count; d++)
        {
            ct.ThrowIfCancellationRequested();
            foreach (var o in docs[d].Records.Officials)
            {
                var key = PersonKey(o.Name);
                if (indexByKey.TryGetValue(key, out var at))
                {
                    var existing = catalog.Officials[at];
                    if (!docsOf[at].Contains(classNames[d])) docsOf[at].Add(classNames[d]);
                    catalog.Officials[at] = existing with
                    {
                        Title = existing.Title ?? o.Title,
                        Organization = existing.Organization ?? o.Organization,
                        Country = existing.Country ?? o.Country,
                    };
                    continue;
                }
                var member = scope.Allocate(Identifiers.FromText(o.Name));
                indexByKey.Add(key, catalog.Officials.Count);
                catalog.MemberByKey.Add(key, member);
                docsOf.Add(new List<string> { classNames[d] });
                catalog.Officials.Add(new PlannedOfficial(member, o.Name, o.Title, o.Organization, o.Country,
                    EquatableArray<string>.Empty, docs[d].Entry.File, o.Evidence, classNames[d], sentences[d].IndexOf(o.Evidence.Sentence)));
            }
        }
        for (var i = 0; i < catalog.Officials.Count; i++)
        {
            catalog.Officials[i] = catalog.Officials[i] with { DocumentClasses = docsOf[i].ToEquatableArray() };
        }
        return catalog;
    }

    /// <summary>Lower-case invariant, single spaces, no dots: "Mr. Lin  Jian" and "lin jian" differ only in honorific handling by extraction.</summary>
    public static string PersonKey(string name)
    {
        var sb = new StringBuilder(name.Length);
        var space = false;
        foreach (var c in name)
        {
            if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            if (c == '.') continue;
            if (space) { sb.Append(' '); space = false; }
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }

    private static PlannedDocument PlanDocument(DocumentModel doc, string className, SentenceTable sentences, Dictionary<string, string> catalogMembers)
    {
        var records = doc.Records;
        var officialScope = Scope("Officials", "All", "OfficialNames", EmitOptions.CatalogClass);
        var officials = new List<DocumentOfficial>();
        var resolver = new ActorResolver();
        foreach (var o in records.Officials)
        {
            var catalogMember = catalogMembers[PersonKey(o.Name)];
            officials.Add(new DocumentOfficial(officialScope.Allocate(Identifiers.FromText(o.Name)), catalogMember, o, sentences.IndexOf(o.Evidence.Sentence)));
            resolver.Add(o.Name, catalogMember);
        }

        var eventScope = Scope("Events", "All");
        var events = new List<PlannedEvent>();
        foreach (var e in records.Events)
        {
            var participants = new List<ActorRef>();
            foreach (var p in e.Participants) participants.Add(resolver.Resolve(p));
            events.Add(new PlannedEvent(eventScope.Allocate(EventKey(e)), e, participants.ToEquatableArray(), sentences.IndexOf(e.Evidence.Sentence)));
        }

        var positionScope = Scope("Positions", "All");
        var positions = new List<PlannedPosition>();
        foreach (var p in records.Positions)
        {
            positions.Add(new PlannedPosition(
                positionScope.Allocate(PositionKey(p)),
                p,
                resolver.Resolve(p.Holder),
                p.Speaker is null ? null : resolver.Resolve(p.Speaker),
                sentences.IndexOf(p.Evidence.Sentence)));
        }

        var entry = doc.Entry;
        return new PlannedDocument(className, entry.File, entry.Title, entry.Published, entry.Source, sentences.Sentences,
            officials.ToEquatableArray(), events.ToEquatableArray(), positions.ToEquatableArray());
    }

    /// <summary>An event's key: kind, start date as far as known, first three words of the place (<c>Talks20240613Chongqing</c>).</summary>
    public static string EventKey(SeedEvent e)
    {
        var sb = new StringBuilder(Identifiers.FromText(GuideNames.Of(e.Kind)));
        if (e.Start is { } start) sb.Append(start.ToString().Replace("-", string.Empty));
        if (e.Location is not null) sb.Append(Identifiers.FromText(e.Location, 3).TrimStart('_'));
        return sb.ToString();
    }

    /// <summary>A position's key: holder (three words), stance, first three content words of the topic.</summary>
    public static string PositionKey(Position p)
    {
        var sb = new StringBuilder(Identifiers.FromText(p.Holder, 3));
        sb.Append(Identifiers.FromText(GuideNames.Of(p.Stance)));
        var topic = Identifiers.FromText(ContentWords(p.Topic, 3));
        if (topic != "Unnamed") sb.Append(topic.TrimStart('_'));
        return sb.ToString();
    }

    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "of", "and", "or", "for", "to", "in", "on", "at", "by", "with", "from", "as", "into",
        "about", "that", "this", "these", "those", "its", "it", "their", "his", "her", "be", "is", "are", "was",
        "were", "been", "has", "have", "had", "will", "would", "should", "can", "could", "may", "not", "no",
    };

    private static string ContentWords(string text, int count)
    {
        var words = new List<string>();
        foreach (var raw in text.Split(new[] { ' ', '\t', '\n', '\r', ',', ';', ':', '"', '(', ')' }, StringSplitOptions.RemoveEmptyEntries))
        {
            if (StopWords.Contains(raw)) continue;
            words.Add(raw);
            if (words.Count == count) break;
        }
        return string.Join(" ", words);
    }

    /// <summary>Matches holder, speaker and participant names to this document's officials (full name, or a first or last name naming exactly one).</summary>
    private sealed class ActorResolver
    {
        private readonly Dictionary<string, string> _byName = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string?> _bySurname = new(StringComparer.Ordinal);

        public void Add(string name, string catalogMember)
        {
            var key = PersonKey(name);
            if (!_byName.ContainsKey(key)) _byName.Add(key, catalogMember);
            var last = key.LastIndexOf(' ');
            if (last < 0) return;
            // The family name comes last in Western names and first in Chinese, Korean... names: accept either when unique.
            AddShort(key.Substring(last + 1), catalogMember);
            AddShort(key.Substring(0, key.IndexOf(' ')), catalogMember);
        }

        private void AddShort(string part, string catalogMember) =>
            _bySurname[part] = _bySurname.TryGetValue(part, out var existing) && existing != catalogMember ? null : catalogMember;

        public ActorRef Resolve(string name)
        {
            var key = PersonKey(name);
            if (_byName.TryGetValue(key, out var member)) return new ActorRef(name, member);
            if (_bySurname.TryGetValue(key, out var bySurname) && bySurname is not null) return new ActorRef(name, bySurname);
            return new ActorRef(name, null);
        }
    }
}
