using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using SeedGen.Documents;
using SeedGen.Model;

namespace SeedGen.Emit;

/// <summary>An actor as one document names it: its name, and the person key of this document's official it is, if any.</summary>
public sealed record LocalActor(string Name, string? PersonKey);

public sealed record LocalOfficial(string Member, string PersonKey, Official Record, int Sentence);

public sealed record LocalEvent(string Member, SeedEvent Record, EquatableArray<LocalActor> Participants, int Sentence);

public sealed record LocalPosition(string Member, Position Record, LocalActor Holder, LocalActor? Speaker, int Sentence);

/// <summary>
/// Everything about one document's generated members that depends on that document alone:
/// member names of its officials, events and positions, its sentence table, and which names
/// denote its officials. Computed in its own cached pipeline step, so editing one document
/// re-plans one document; <see cref="CorpusPlanner"/> only adds the corpus-wide names.
/// </summary>
/// <param name="Failure">Set (with an empty plan) when planning this document failed: an SG0011 the corpus plan reports.</param>
public sealed record LocalDocumentPlan(
    string Path,
    EquatableArray<string> Sentences,
    EquatableArray<LocalOfficial> Officials,
    EquatableArray<LocalEvent> Events,
    EquatableArray<LocalPosition> Positions,
    Diagnostics.Problem? Failure = null)
{
    public static LocalDocumentPlan Empty(string path) => new(path, EquatableArray<string>.Empty,
        EquatableArray<LocalOfficial>.Empty, EquatableArray<LocalEvent>.Empty, EquatableArray<LocalPosition>.Empty);
}

/// <summary>Plans one document's members (see <see cref="LocalDocumentPlan"/>).</summary>
public static class DocumentPlanner
{
    public static LocalDocumentPlan Plan(ExtractedDocument doc, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var records = doc.Records;
        var sentences = SentenceTable.Of(records);

        var officialScope = CorpusPlanner.Scope("Officials", "All", "OfficialNames", EmitOptions.CatalogClass);
        var officials = new List<LocalOfficial>();
        var resolver = new ActorResolver();
        foreach (var o in records.Officials)
        {
            var key = PersonKey(o.Name);
            officials.Add(new LocalOfficial(officialScope.Allocate(Identifiers.FromText(o.Name)), key, o, sentences.IndexOf(o.Evidence.Sentence)));
            resolver.Add(key);
        }

        var eventScope = CorpusPlanner.Scope("Events", "All");
        var events = new List<LocalEvent>();
        foreach (var e in records.Events)
        {
            var participants = new LocalActor[e.Participants.Count];
            for (var i = 0; i < participants.Length; i++) participants[i] = resolver.Resolve(e.Participants[i]);
            events.Add(new LocalEvent(eventScope.Allocate(EventKey(e)), e, new EquatableArray<LocalActor>(participants), sentences.IndexOf(e.Evidence.Sentence)));
        }

        var positionScope = CorpusPlanner.Scope("Positions", "All");
        var positions = new List<LocalPosition>();
        foreach (var p in records.Positions)
        {
            positions.Add(new LocalPosition(
                positionScope.Allocate(PositionKey(p)),
                p,
                resolver.Resolve(p.Holder),
                p.Speaker is null ? null : resolver.Resolve(p.Speaker),
                sentences.IndexOf(p.Evidence.Sentence)));
        }

        return new LocalDocumentPlan(doc.Path, sentences.Sentences,
            officials.ToEquatableArray(), events.ToEquatableArray(), positions.ToEquatableArray());
    }

    /// <summary>Lower-case invariant, single spaces, no dots: two spellings of one person's name give one key.</summary>
    public static string PersonKey(string name)
    {
        // one reused builder per thread: this runs for every official, holder, speaker and participant
        var sb = PersonBuilder.Value!;
        sb.Clear();
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

    /// <summary>An event's key: kind, start date as far as known, first three words of the place (<c>Talks20240613Chongqing</c>).</summary>
    public static string EventKey(SeedEvent e)
    {
        var sb = KeyBuilder.Value!;
        sb.Clear();
        Identifiers.AppendFromText(sb, GuideNames.Of(e.Kind));
        if (e.Start is { } start)
        {
            foreach (var c in start.ToString())
            {
                if (c != '-') sb.Append(c);
            }
        }
        if (e.Location is not null)
        {
            var at = sb.Length;
            Identifiers.AppendFromText(sb, e.Location, 3);
            var underscores = 0;
            while (at + underscores < sb.Length && sb[at + underscores] == '_') underscores++;
            sb.Remove(at, underscores);
        }
        return sb.ToString();
    }

    /// <summary>A position's key: holder (three words), stance, first three content words of the topic.</summary>
    public static string PositionKey(Position p)
    {
        // One reused builder per thread and no string per word: this runs for every position of every document.
        var sb = KeyBuilder.Value!;
        sb.Clear();
        Identifiers.AppendFromText(sb, p.Holder, 3);
        Identifiers.AppendFromText(sb, GuideNames.Of(p.Stance));
        var topicStart = sb.Length;
        Identifiers.AppendFromText(sb, ContentWords(p.Topic, 3));
        if (IsUnnamed(sb, topicStart))
        {
            sb.Length = topicStart;
        }
        else
        {
            var underscores = 0;
            while (topicStart + underscores < sb.Length && sb[topicStart + underscores] == '_') underscores++;
            sb.Remove(topicStart, underscores);
        }
        return sb.ToString();
    }

    private static readonly System.Threading.ThreadLocal<StringBuilder> KeyBuilder = new(() => new StringBuilder(128));

    private static readonly System.Threading.ThreadLocal<StringBuilder> PersonBuilder = new(() => new StringBuilder(64));

    private static readonly System.Threading.ThreadLocal<StringBuilder> WordsBuilder = new(() => new StringBuilder(64));

    private static bool IsUnnamed(StringBuilder sb, int start)
    {
        const string Unnamed = "Unnamed";
        if (sb.Length - start != Unnamed.Length) return false;
        for (var i = 0; i < Unnamed.Length; i++)
        {
            if (sb[start + i] != Unnamed[i]) return false;
        }
        return true;
    }

    private static readonly string[] StopWords =
    {
        "a", "an", "the", "of", "and", "or", "for", "to", "in", "on", "at", "by", "with", "from", "as", "into",
        "about", "that", "this", "these", "those", "its", "it", "their", "his", "her", "be", "is", "are", "was",
        "were", "been", "has", "have", "had", "will", "would", "should", "can", "could", "may", "not", "no",
    };

    /// <summary>True when text[start, start + length) is a stop word, ignoring case (ordinal), without making it a string.</summary>
    private static bool IsStopWord(string text, int start, int length)
    {
        foreach (var word in StopWords)
        {
            if (word.Length == length && string.Compare(text, start, word, 0, length, StringComparison.OrdinalIgnoreCase) == 0) return true;
        }
        return false;
    }

    /// <summary>The first <paramref name="count"/> words of <paramref name="text"/> that are not stop words, space-separated.</summary>
    private static string ContentWords(string text, int count)
    {
        var sb = WordsBuilder.Value!;
        sb.Clear();
        var found = 0;
        var i = 0;
        while (i < text.Length && found < count)
        {
            while (i < text.Length && IsSeparator(text[i])) i++;
            var start = i;
            while (i < text.Length && !IsSeparator(text[i])) i++;
            if (i == start) break;
            if (IsStopWord(text, start, i - start)) continue;
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(text, start, i - start);
            found++;
        }
        return sb.ToString();
    }

    private static bool IsSeparator(char c) =>
        c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',' || c == ';' || c == ':' || c == '"' || c == '(' || c == ')';

    /// <summary>Matches holder, speaker and participant names to this document's officials (full name, or a first or last name naming exactly one).</summary>
    private sealed class ActorResolver
    {
        private readonly HashSet<string> _keys = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string?> _byPart = new(StringComparer.Ordinal);

        public void Add(string key)
        {
            _keys.Add(key);
            var last = key.LastIndexOf(' ');
            if (last < 0) return;
            // The family name comes last in Western names and first in Chinese, Korean... names: accept either when unique.
            AddPart(key.Substring(last + 1), key);
            AddPart(key.Substring(0, key.IndexOf(' ')), key);
        }

        private void AddPart(string part, string key) =>
            _byPart[part] = _byPart.TryGetValue(part, out var existing) && existing != key ? null : key;

        /// <summary>Actors already resolved, by name: a document names the same holders again and again (all officials are added first).</summary>
        private readonly Dictionary<string, LocalActor> _resolved = new(StringComparer.Ordinal);

        public LocalActor Resolve(string name)
        {
            if (_resolved.TryGetValue(name, out var known)) return known;
            var key = PersonKey(name);
            LocalActor actor;
            if (_keys.Contains(key)) actor = new LocalActor(name, key);
            else if (_byPart.TryGetValue(key, out var byPart) && byPart is not null) actor = new LocalActor(name, byPart);
            else actor = new LocalActor(name, null);
            _resolved.Add(name, actor);
            return actor;
        }
    }
}
