using System;
using System.Collections.Generic;
using System.Threading;
using SeedGen.Model;

namespace SeedGen.Extraction;

/// <summary>
/// Finds stated positions. A sentence is read as: speech in quotation marks attributed to a
/// speaker ("...," Lin said / Mr Chirac told reporters: "..."); a reported clause with its
/// attribution at the end (", Lin said."), or at the head ("Mr Straw said (that) ..."); and
/// stance verbs with their subject ("China firmly opposes A, opposes B"). Inside reported
/// speech, a clause with its own subject and stance verb takes that subject as holder ("Lin said
/// China hopes ..."); "X should/must" is urging; "X will" is a commitment. A spokesperson speaks
/// for their country. Coordinated stance verbs are split into separate positions.
/// </summary>
internal static class PositionFinder
{
    private static readonly HashSet<string> SkipBeforeVerb = new(StringComparer.Ordinal)
    {
        "also", "firmly", "strongly", "fully", "has", "have", "had", "again", "further", "repeatedly", "always", "earnestly", "then", "once",
        "still", "reportedly", "jointly", "warmly", "sharply", "publicly", "previously", "already", "earlier", "later", "both", "all",
        "further", "clearly", "deeply", "highly", "greatly", "particularly", "especially", "resolutely", "categorically", "vehemently",
        "openly", "formally", "officially", "recently", "subsequently", "immediately", "not", "n't", "never", "do", "does", "did", "is", "are",
        "was", "were", "once", "today", "yesterday", "consistently", "long", "sincerely", "heartily", "totally", "completely", "explicitly",
        "meanwhile", "however", "though", "too", "himself", "herself", "personally", "privately", "separately", "subsequently", "swiftly",
    };

    private sealed class Context
    {
        public Context(Document doc, Actors actors)
        {
            Doc = doc;
            Actors = actors;
            Quotes = doc.Quotes;
            QuoteSpeaker = new Actor?[Quotes.Spans.Count];
            QuoteAttribution = new (int, int)[Quotes.Spans.Count];
        }

        public Document Doc { get; }

        public Actors Actors { get; }

        public QuoteSpans Quotes { get; }

        public Actor?[] QuoteSpeaker { get; }

        public (int First, int End)[] QuoteAttribution { get; }

        public Actor? LastPair { get; set; }

        public Actor? LastCollective { get; set; }

        public Actor? LastSpeaker { get; set; }

        /// <summary>The last person who spoke or acted as a subject, for "he"/"she".</summary>
        public Person? LastSubjectPerson { get; set; }

        public int LastSubjectSentence { get; set; } = -10;

        public int CurrentSentence { get; set; }

        /// <summary>The speaker of the words being read, for "we"/"I".</summary>
        public Actor? CurrentSpeaker { get; set; }

        /// <summary>"We" of a first-person statement ("We, the G7 Foreign Ministers, ...").</summary>
        public Actor? We { get; set; }

        public int LastSpeakerSentence { get; set; } = -10;

        public List<Position> Results { get; } = new();

        private bool[] _consumed = new bool[64];

        /// <summary>A cleared flag per token of the sentence being read (one buffer for all sentences).</summary>
        public bool[] Consumed(int count)
        {
            if (_consumed.Length < count) _consumed = new bool[Math.Max(count, _consumed.Length * 2)];
            else Array.Clear(_consumed, 0, count);
            return _consumed;
        }

        /// <summary>The content words of each result's topic (same index), for de-duplication.</summary>
        public List<TopicWordSet> ResultWords { get; } = new();

        private int _firstWe = -1;

        /// <summary>Where the first "We" token starts (int.MaxValue when there is none), found once.</summary>
        public int FirstWe()
        {
            if (_firstWe >= 0) return _firstWe;
            _firstWe = int.MaxValue;
            var tokens = Doc.Tokens;
            for (var i = 0; i < tokens.Count; i++)
            {
                if (tokens[i].Text == "We")
                {
                    _firstWe = tokens[i].Start;
                    break;
                }
            }
            return _firstWe;
        }

        /// <summary>Headlines restate the body: their positions are kept only when new.</summary>
        public bool HeadlineMode { get; set; }

        /// <summary>The quotation being read (-1 outside quotations), and the last position read from one.</summary>
        public int CurrentQuote { get; set; } = -1;

        public int LastQuoteId { get; set; } = -1;

        public int LastQuoteIndex { get; set; } = -1;
    }

    public static List<Position> Find(Document doc, Actors actors, CancellationToken ct)
    {
        var ctx = new Context(doc, actors);
        InitPair(ctx);
        InitWe(ctx);
        foreach (var s in doc.Sentences)
        {
            ct.ThrowIfCancellationRequested();
            ctx.CurrentSentence = s.Index;
            if (s.IsHeadline) continue;
            var before = ctx.Results.Count;
            ProcessSentence(ctx, s);
            if (ctx.Results.Count == before && ctx.We is not null && IsStatementSentence(ctx, s)) Add(ctx, s, ctx.We.Name, null, Stance.Asserts, s.First, s.End);
            var opener = ActorStartingAt(ctx, s.First, s.End, out _);
            if (opener is not null && opener.Person is null && !opener.IsJoint) ctx.LastCollective = opener;
        }
        foreach (var s in doc.Sentences)
        {
            if (!s.IsHeadline) continue;
            ctx.HeadlineMode = true;
            ctx.CurrentSentence = s.Index;
            _ = Clauses(ctx, s, s.First, s.End, null, false, null);
            ctx.HeadlineMode = false;
        }
        // document order (headline positions were read last)
        var ordered = new List<(Position P, int I)>(ctx.Results.Count);
        for (var i = 0; i < ctx.Results.Count; i++) ordered.Add((ctx.Results[i], i));
        ordered.Sort((x, y) =>
        {
            var c = x.P.Evidence.Line.CompareTo(y.P.Evidence.Line);
            if (c == 0) c = x.P.Evidence.Column.CompareTo(y.P.Evidence.Column);
            return c != 0 ? c : x.I.CompareTo(y.I);
        });
        var result = new List<Position>(ordered.Count);
        foreach (var o in ordered) result.Add(o.P);
        return result;
    }

    /// <summary>"We, the G7 Foreign Ministers of ..., reaffirm": the group that speaks as "we".</summary>
    private static void InitWe(Context ctx)
    {
        var tokens = ctx.Doc.Tokens;
        for (var i = 0; i + 3 < tokens.Count; i++)
        {
            if (!(tokens[i].Text == "We" && tokens[i + 1].Text == "," && tokens[i + 2].Is("the"))) continue;
            var e = i + 3;
            while (e < tokens.Count && e < i + 9 && tokens[e].IsWord && (tokens[e].IsCap || char.IsDigit(tokens[e].Text[0]))) e++;
            if (e > i + 3)
            {
                ctx.We = new Actor(ctx.Doc.Span(i + 3, e), null, null);
                return;
            }
        }
    }

    /// <summary>A statement's own sentence: a full clause outside quotation, not a heading or boilerplate.</summary>
    private static bool IsStatementSentence(Context ctx, Sentence s)
    {
        var tokens = ctx.Doc.Tokens;
        if (s.End - s.First < 6 || !WordClasses.IsSentenceEnd(tokens[s.End - 1])) return false;
        for (var i = s.First; i < s.End; i++)
        {
            if (tokens[i].Text == ":" || tokens[i].Kind == TokenKind.Quote && tokens[i].Text != "'") return false;
        }
        return ctx.We is not null && tokens[s.First].Start > ctx.FirstWe();
    }


    /// <summary>The first "A and B" pair of actors in the document, for "both sides" and "they".</summary>
    private static void InitPair(Context ctx)
    {
        var tokens = ctx.Doc.Tokens;
        // countries or persons first ("China and the EU"), organisations only when nothing else pairs
        for (var pass = 0; pass < 2; pass++)
        {
            foreach (var s in ctx.Doc.Sentences)
            {
                if (s.IsHeadline) continue;
                for (var i = s.First + 1; i + 1 < s.End; i++)
                {
                    if (!tokens[i].Is("and")) continue;
                    var a = ctx.Actors.NamedBefore(s.First, i - 1, out var aStart);
                    if (a is null) continue;
                    var k = i + 1;
                    if (tokens[k].Is("the")) k++;
                    var b = NamedAt(ctx, k, s.End);
                    if (b is null || string.Equals(a.Name, b.Name, StringComparison.Ordinal)) continue;
                    if ((a.Person is null) != (b.Person is null)) continue;
                    if (pass == 0 && a.Person is null && (!IsCountryMention(ctx, aStart, i) || !IsCountryMention(ctx, k, s.End))) continue;
                    ctx.LastPair = Actor.Joint(a, b);
                    return;
                }
            }
        }
        // "President A met with / spoke with Prime Minister B": the two leaders
        var people = ctx.Actors.People.ByToken;
        foreach (var s in ctx.Doc.Sentences)
        {
            if (s.IsHeadline) continue;
            Person? first = null;
            for (var i = s.First; i < s.End; i++)
            {
                if (people[i] is { } p && first is null) first = p;
                if (first is not null && tokens[i].Is("with") && i > s.First && (tokens[i - 1].Is("met") || tokens[i - 1].Is("spoke") || tokens[i - 1].Is("talks") || tokens[i - 1].Is("today") || tokens[i - 1].Is("phone")))
                {
                    for (var k = i + 1; k < s.End && k < i + 10; k++)
                    {
                        if (people[k] is { } q && !ReferenceEquals(q, first))
                        {
                            ctx.LastPair = Actor.Joint(new Actor(first.Name, first, first.Country), new Actor(q.Name, q, q.Country));
                            return;
                        }
                    }
                }
            }
        }
    }

    private static bool IsCountryMention(Context ctx, int k, int end)
    {
        var tokens = ctx.Doc.Tokens;
        while (k < end && tokens[k].Is("the")) k++;
        if (k >= end) return false;
        var m = Gazetteer.Match(tokens, k, end);
        return m.Kind == NameKind.Country || m.Kind == NameKind.Capital;
    }

    /// <summary>The actor whose mention starts at token <paramref name="k"/>.</summary>
    private static Actor? NamedAt(Context ctx, int k, int end)
    {
        var actors = ctx.Actors;
        if (k >= end) return null;
        var p = actors.People.ByToken[k];
        if (p is not null) return new Actor(p.Name, p, p.Country);
        if (actors.CountryAt[k] is { } c)
        {
            // "the EU side", "Chinese Foreign Ministry" still name the country
            return new Actor(c, null, c);
        }
        return null;
    }

    private static void ProcessSentence(Context ctx, Sentence s)
    {
        var tokens = ctx.Doc.Tokens;
        var consumed = ctx.Consumed(s.End - s.First);
        // 1. speech in quotation marks (only the quotations this sentence touches)
        var lastQ = -1;
        for (var qi = s.First; qi < s.End; qi++)
        {
            var q = ctx.Quotes.SpanOf[qi];
            if (q < 0 || q == lastQ) continue;
            lastQ = q;
            var (open, close) = ctx.Quotes.Spans[q];
            if (close < s.First || open >= s.End) continue;
            if (open >= s.First && open > s.First && tokens[open - 1].Text != ":" && tokens[open - 1].Text != "," && !(open - 1 == s.First && tokens[s.First].Kind == TokenKind.Punct)) continue;
            var speaker = SpeakerOfQuote(ctx, q, s);
            if (speaker is null) continue;
            var a = Math.Max(open + 1, s.First);
            var b = Math.Min(close, s.End);
            if (open >= s.First) a = open + 1;
            // speech quotes are whole clauses: at least four words
            if (b - a < 4) continue;
            for (var i = Math.Max(open, s.First); i <= Math.Min(close, s.End - 1); i++) consumed[i - s.First] = true;
            var (af, ae) = ctx.QuoteAttribution[q];
            for (var i = Math.Max(af, s.First); i < Math.Min(ae, s.End); i++) consumed[i - s.First] = true;
            ctx.CurrentQuote = q;
            Reported(ctx, s, a, b, speaker);
            ctx.CurrentQuote = -1;
            ctx.LastSpeaker = speaker;
            ctx.LastSpeakerSentence = s.Index;
            if (speaker.Person is not null) Remember(ctx, speaker.Person);
        }
        // 2. the rest of the sentence: tail attribution (", Lin said"), else stance and report verbs
        var first = s.StartsParagraph ? DatelineEnd(tokens, s) : s.First;
        var end = s.End;
        while (first < end && consumed[first - s.First]) first++;
        while (end > first && consumed[end - 1 - s.First]) end--;
        for (var i = first; i < end; i++)
        {
            if (consumed[i - s.First]) return; // mixed quote and text: the quote was handled
        }
        if (end - first < 3) return;
        var tail = FindTail(ctx, s, first, end, out var tailStart);
        if (tail is not null && tailStart + 2 < end && tokens[tailStart + 1].Is("according"))
        {
            Clauses(ctx, s, first, tailStart, tail, true, null);
            return;
        }
        if (tail is not null)
        {
            Reported(ctx, s, first, tailStart, tail);
            ctx.LastSpeaker = tail;
            ctx.LastSpeakerSentence = s.Index;
            if (tail.Person is not null) Remember(ctx, tail.Person);
            return;
        }
        TopLevel(ctx, s, first, end);
    }

    /// <summary>The first token after a dateline ("BEIJING, March 5 (Xinhua) --", "(ECNS) --", "WASHINGTON (AFP) -"), or the sentence start.</summary>
    internal static int DatelineEnd(TokenList tokens, Sentence s)
    {
        var sawMarker = false;
        for (var i = s.First; i < s.End && i < s.First + 14; i++)
        {
            var t = tokens[i];
            if (t.Text == "(" || (t.IsWord && WordClasses.IsAcronym(t.Text) && t.Text.Length > 2) || (t.IsWord && t.Text.Length > 3 && t.Word.IsShouted)) sawMarker = true;
            if ((t.Text == "--" || t.Text == "\u2014" || t.Text == "\u2013" || (t.Text == "-" && i > s.First && tokens[i - 1].Text == ")")) && sawMarker && i + 1 < s.End)
            {
                return i + 1;
            }
            if (t.IsWord && !t.IsCap && !WordClasses.IsAcronym(t.Text) && t.Kind != TokenKind.Number) return s.First;
        }
        return s.First;
    }

    /// <summary>Who speaks the quotation: an attribution after it, before it ("said:"), or the previous speaker for a continued quote.</summary>
    private static Actor? SpeakerOfQuote(Context ctx, int q, Sentence s)
    {
        if (ctx.QuoteSpeaker[q] is not null) return ctx.QuoteSpeaker[q];
        var tokens = ctx.Doc.Tokens;
        var (open, close) = ctx.Quotes.Spans[q];
        var sent = ctx.Doc.SentenceAt(close);
        // after: ", he said" / "Liu said" / "said Sezer"
        var k = close + 1;
        if (k < tokens.Count && tokens[k].Text == ",") k++;
        var tailEnd = sent?.End ?? tokens.Count;
        if (close > 0 && (tokens[close - 1].Text == "," || tokens[close - 1].Text == "." || tokens[close - 1].Text == "?" || tokens[close - 1].Text == "!" || (close + 1 < tokens.Count && tokens[close + 1].Text == ",")))
        {
            var a = AttributionAt(ctx, k, tailEnd, out var aEnd);
            if (a is not null)
            {
                ctx.QuoteSpeaker[q] = a;
                ctx.QuoteAttribution[q] = (close + 1, aEnd);
                return a;
            }
        }
        // before: "Mr Chirac told reporters in Brussels: "..." / "saying: "..."" / "Gingrich said: "..."
        var openSent = ctx.Doc.SentenceAt(open);
        if (open > 0 && openSent is not null && (tokens[open - 1].Text == ":" || tokens[open - 1].Text == ","))
        {
            var v = open - 2;
            var lo = Math.Max(openSent.First, open - 14);
            for (var i = v; i >= lo; i--)
            {
                if (!IsVerbAt(tokens, i, out var entry, out _) || !entry!.IsReport) continue;
                var subj = Subject(ctx, openSent, i, openSent.First, out _);
                if (subj is null && tokens[i].Lower.EndsWith("ing", StringComparison.Ordinal))
                {
                    subj = ClauseSubject(ctx, openSent, i);
                }
                if (subj is null && i + 1 < open)
                {
                    subj = ctx.Actors.NamedBefore(i + 1, open - 2, out _);
                }
                if (subj is not null)
                {
                    ctx.QuoteSpeaker[q] = subj;
                    ctx.QuoteAttribution[q] = (lo, open);
                    return subj;
                }
                break;
            }
        }
        // a quotation that opens a sentence right after another speaker's words continues them
        if (openSent is not null && open == openSent.First && ctx.LastSpeaker is not null && openSent.Index - ctx.LastSpeakerSentence <= 2)
        {
            ctx.QuoteSpeaker[q] = ctx.LastSpeaker;
            ctx.QuoteAttribution[q] = (open, open);
            return ctx.LastSpeaker;
        }
        return null;
    }

    /// <summary>"he said", "Lin added", "the spokesman said", "said Foreign Ministry spokesperson Lin Jian", "according to Lin" at token k.</summary>
    private static Actor? AttributionAt(Context ctx, int k, int end, out int attrEnd)
    {
        var tokens = ctx.Doc.Tokens;
        attrEnd = k;
        if (k >= end) return null;
        if (k + 1 < end && tokens[k].Is("according") && tokens[k + 1].Is("to"))
        {
            var j = k + 2;
            while (j < end && (tokens[j].Is("the") || tokens[j].Is("a"))) j++;
            var who = ActorStartingAt(ctx, j, end, out var e);
            attrEnd = e;
            return who;
        }
        if (IsVerbAt(tokens, k, out var entry, out var len) && entry!.IsReport && !tokens[k].Is("told") && !tokens[k].Is("tells") && !tokens[k].Is("reminded"))
        {
            // "said Foreign Ministry spokesperson Lin Jian", "said the spokesman"
            var j = k + len;
            var who = ActorStartingAt(ctx, j, end, out var e);
            if (who is null)
            {
                // role phrase then the name: scan for the first person within a few tokens
                for (var q = j; q < end && q < j + 14; q++)
                {
                    if (ctx.Actors.People.ByToken[q] is { } p)
                    {
                        who = new Actor(p.Name, p, p.Country);
                        e = q + 1;
                        while (e < end && ctx.Actors.People.ByToken[e] == p) e++;
                        break;
                    }
                    if (tokens[q].Text == "," || WordClasses.IsSentenceEnd(tokens[q])) break;
                    // only a role phrase may stand between the verb and the name
                    if (!(tokens[q].IsWord && (tokens[q].IsCap || RoleParser.IsRoleWord(tokens[q]) || tokens[q].Is("the") || tokens[q].Is("of") || tokens[q].Is("'s") || tokens[q].Is("a") || tokens[q].Is("and")))) break;
                }
            }
            attrEnd = e;
            return who;
        }
        // "he said" / "Lin noted" / "the spokesman said" / "Mr Straw has said" / "Foreign Ministry spokesman Liu Jianchao told"
        var subj = ActorStartingAt(ctx, k, end, out var se);
        if (subj is null)
        {
            var q = k;
            while (q < end && q < k + 10 && tokens[q].IsWord && (tokens[q].IsCap || RoleParser.IsRoleWord(tokens[q]) || tokens[q].Is("a") || tokens[q].Is("an") || tokens[q].Is("the") || tokens[q].Is("'s")) && ctx.Actors.People.ByToken[q] is null) q++;
            if (q < end && ctx.Actors.People.ByToken[q] is not null && q > k)
            {
                subj = ActorStartingAt(ctx, q, end, out se);
            }
            else if (q > k && q < end && IsVerbAt(tokens, q, out var ve, out _) && ve!.IsReport && IsSpokesWord(tokens[q - 1]))
            {
                // "a Foreign Ministry spokesman said": the government speaks
                string? c = null;
                for (var r = k; r < q; r++) c ??= ctx.Actors.CountryAt[r];
                c ??= ctx.Actors.HomeCountry;
                if (c is not null)
                {
                    subj = new Actor(c, null, c);
                    se = q;
                }
            }
            if (subj is null) return null;
        }
        var v = se;
        if (v + 1 < end && tokens[v].Is("of") && ctx.Actors.CountryAt[v + 1] is not null)
        {
            v++;
            while (v < end && ctx.Actors.CountryAt[v] is not null) v++;
        }
        while (v < end && (tokens[v].Is("has") || tokens[v].Is("had") || tokens[v].Is("also") || tokens[v].Is("then") || tokens[v].Is("later"))) v++;
        if (v < end && IsVerbAt(tokens, v, out var e2, out var len2) && e2!.IsReport)
        {
            attrEnd = v + len2;
            return subj;
        }
        return null;
    }

    /// <summary>The actor named starting at token j: a person, a country phrase, a pronoun or a definite description.</summary>
    private static Actor? ActorStartingAt(Context ctx, int j, int end, out int e)
    {
        var tokens = ctx.Doc.Tokens;
        var people = ctx.Actors.People;
        e = j;
        if (j >= end) return null;
        var t = tokens[j];
        if (t.Is("he") || t.Is("she"))
        {
            e = j + 1;
            var p = LastPersonBefore(ctx, j);
            return p is null ? null : new Actor(p.Name, p, p.Country);
        }
        if (t.Is("they"))
        {
            e = j + 1;
            return ctx.LastPair ?? ctx.LastCollective;
        }
        if (people.ByToken[j] is { } person)
        {
            e = j + 1;
            while (e < end && people.ByToken[e] == person) e++;
            return new Actor(person.Name, person, person.Country);
        }
        var k = j;
        if (t.Is("the")) k++;
        if (k < end && people.ByToken[k] is { } person2)
        {
            e = k + 1;
            while (e < end && people.ByToken[e] == person2) e++;
            return new Actor(person2.Name, person2, person2.Country);
        }
        // a role phrase before a name: "Chinese Foreign Ministry spokesperson Wu Delan"
        for (var q = k; q < end && q < k + 12; q++)
        {
            if (people.ByToken[q] is { } named)
            {
                e = q + 1;
                while (e < end && people.ByToken[e] == named) e++;
                return new Actor(named.Name, named, named.Country);
            }
            var w = tokens[q];
            if (!(w.IsWord && (w.IsCap || RoleParser.IsRoleWord(w) || w.Is("of") || w.Is("the") || w.Is("'s") || w.Is("for")))) break;
        }
        // a country phrase: "the Chinese side", "China", "the US embassy"
        var m = k;
        while (m < end && m < k + 4 && tokens[m].IsWord && (tokens[m].IsCap || RoleParser.IsRoleWord(tokens[m]) || tokens[m].Is("side") || tokens[m].Is("government"))) m++;
        if (m > k)
        {
            var a = ctx.Actors.NamedBefore(k, m - 1, out _);
            if (a is not null)
            {
                e = m;
                if (a.Person is not null)
                {
                    while (e < end && people.ByToken[e] == a.Person) e++;
                }
                return a;
            }
        }
        return null;
    }

    private static bool IsSpokesWord(Token t) => t.IsWord && (t.Lower.StartsWith("spokes", StringComparison.Ordinal) || t.Is("ministry") || t.Is("statement"));

    private static Person? LastPersonBefore(Context ctx, int j)
    {
        if (ctx.LastSubjectPerson is not null && ctx.CurrentSentence - ctx.LastSubjectSentence <= 3)
        {
            // a person named earlier in the same sentence before the pronoun, as subject, wins
            var sent = ctx.Doc.SentenceAt(j);
            if (sent is not null)
            {
                for (var i = sent.First; i < j; i++)
                {
                    var p = ctx.Actors.People.ByToken[i];
                    if (p is not null && (i == sent.First || ctx.Actors.People.TryGetMentionStart(i, out var ms) && ms == sent.First))
                    {
                        // "Mr Bush's first task was ..., he said": a possessive is not the subject
                        var e = i;
                        while (e + 1 < j && ctx.Actors.People.ByToken[e + 1] == p) e++;
                        if (e + 1 < j && ctx.Doc.Tokens[e + 1].Text == "'s") break;
                        return p;
                    }
                }
            }
            return ctx.LastSubjectPerson;
        }
        return LastMentioned(ctx, j);
    }

    private static Person? LastMentioned(Context ctx, int j)
    {
        var people = ctx.Actors.People.ByToken;
        for (var i = j - 1; i >= 0 && i > j - 400; i--)
        {
            if (people[i] is { } p) return p;
        }
        return null;
    }

    private static bool IsVerbAt(TokenList tokens, int i, out VerbEntry? entry, out int length)
    {
        entry = null;
        length = 0;
        if (i < 0 || i >= tokens.Count || !tokens[i].IsWord) return false;
        if (tokens[i].Word.Facts.Verbs is not { } list) return false;
        // "the United States", "Support Group": a capitalised word inside a sentence is a name, not a verb
        if (tokens[i].IsCap && i > 0 && !tokens[i].NewlineBefore && tokens[i - 1].Kind == TokenKind.Word) return false;
        foreach (var v in list)
        {
            if (i + v.Words.Length > tokens.Count) continue;
            var ok = true;
            for (var k = 1; k < v.Words.Length; k++)
            {
                if (!tokens[i + k].Is(v.Words[k])) { ok = false; break; }
            }
            if (!ok) continue;
            entry = v;
            length = v.Words.Length;
            return true;
        }
        return false;
    }

    /// <summary>", Lin said." / ", said spokesman Liu Jianchao at ..." / ", according to Lin." at the end of the sentence.</summary>
    private static Actor? FindTail(Context ctx, Sentence s, int first, int end, out int tailStart)
    {
        var tokens = ctx.Doc.Tokens;
        tailStart = end;
        for (var i = end - 1; i > first + 2; i--)
        {
            if (tokens[i].Text != ",") continue;
            var a = AttributionAt(ctx, i + 1, end, out var aEnd);
            if (a is null) continue;
            // the attribution must run (with adjuncts) to the end of the sentence
            if (!OnlyAdjuncts(tokens, aEnd, end)) continue;
            tailStart = i;
            return a;
        }
        return null;
    }

    private static readonly HashSet<string> AdjunctStarts = new(StringComparer.Ordinal)
    {
        "at", "in", "on", "during", "before", "after", "upon", "when", "while", "here", "today", "yesterday", "to", "from", "as", "by", "earlier",
        "later", "last", "this", "on", "in", "with", "after", "without", "ahead", "adding", "saying", "noting", "according", "following", "amid", "also", "again",
    };

    private static bool OnlyAdjuncts(TokenList tokens, int k, int end)
    {
        while (k < end && (tokens[k].Kind == TokenKind.Punct || tokens[k].Kind == TokenKind.Quote)) k++;
        if (k >= end) return true;
        var t = tokens[k];
        if (AdjunctStarts.Contains(t.Lower) || WordClasses.Weekday(t) >= 0 || WordClasses.Month(t) > 0) return true;
        // "she told BBC news", "he told reporters", "told a regular press conference here Tuesday"
        if (k > 0 && (tokens[k - 1].Is("told") || tokens[k - 1].Is("tells")))
        {
            var ok = end - k <= 12;
            for (var i = k; i < end && ok; i++)
            {
                if (tokens[i].Is("that") || tokens[i].Text == ":" || tokens[i].Kind == TokenKind.Quote) ok = false;
            }
            if (ok) return true;
        }
        var n = 0;
        for (var i = k; i < end && tokens[i].Kind == TokenKind.Word; i++) n++;
        return n <= 3 && (k + n >= end || WordClasses.IsSentenceEnd(tokens[k + n]) || tokens[k + n].Text == ",");
    }

    /// <summary>The holder a speaker's words are attributed to: a spokesperson's country, else the person or actor.</summary>
    private static string HolderOf(Context ctx, Actor a)
    {
        if (a.Person is { } p && p.IsSpokesperson) return p.Country ?? ctx.Actors.HomeCountry ?? p.Name;
        return a.Name;
    }

    private static string? SpeakerOf(Actor a) => a.Person?.Name;

    /// <summary>Reported words [a, b) of <paramref name="speaker"/>.</summary>
    private static void Reported(Context ctx, Sentence s, int a, int b, Actor speaker, string? voice = null)
    {
        var tokens = ctx.Doc.Tokens;
        while (a < b && (tokens[a].Is("that") || tokens[a].Text == "," || tokens[a].Text == ":")) a++;
        if (a < b && tokens[a].Kind == TokenKind.Quote && ctx.Quotes.SpanOf[a] >= 0)
        {
            // "said that "holding the talks ... result," as ...": the words end with the quotation
            var close = ctx.Quotes.Spans[ctx.Quotes.SpanOf[a]].Close;
            // the words end with the quotation unless the clause goes on after it ("it is more likely than not" that ...)
            var goesOn = close + 1 < b && (tokens[close + 1].Is("that") || (tokens[close + 1].IsWord && !tokens[close + 1].Is("as") && tokens[close - 1].IsWord));
            if (close > a && close < b && !goesOn) b = close;
            a++;
        }
        // "A—and that B—but that C" / "A, and that B": separate claims
        for (var k = a + 2; k + 1 < b; k++)
        {
            var t = tokens[k];
            if ((t.Is("and") || t.Is("but")) && tokens[k + 1].Is("that") && (tokens[k - 1].Kind == TokenKind.Punct || tokens[k - 1].IsWord))
            {
                var cut = tokens[k - 1].Kind == TokenKind.Punct ? k - 1 : k;
                ReportedClause(ctx, s, a, cut, speaker, voice);
                Reported(ctx, s, k + 2, b, speaker, voice);
                return;
            }
        }
        ReportedClause(ctx, s, a, b, speaker, voice);
    }

    private static void ReportedClause(Context ctx, Sentence s, int a, int b, Actor speaker, string? voice)
    {
        var tokens = ctx.Doc.Tokens;
        while (b > a && (tokens[b - 1].Kind == TokenKind.Punct || tokens[b - 1].Kind == TokenKind.Quote)) b--;
        if (b - a < 2) return;
        var before = ctx.Results.Count;
        var outer = ctx.CurrentSpeaker;
        ctx.CurrentSpeaker = speaker;
        var firstVerb = Clauses(ctx, s, a, b, speaker, true, voice);
        ctx.CurrentSpeaker = outer;
        if (ctx.Results.Count > before)
        {
            // "China is taking the report seriously and will respond responsibly": the clause before the coordinated verb
            if (firstVerb > a + 3 && (tokens[firstVerb - 1].Is("and") || tokens[firstVerb - 2].Is("and")) && ctx.Actors.NamedBefore(a, a, out _) is not null
                || firstVerb > a + 3 && (tokens[firstVerb - 1].Is("and") || tokens[firstVerb - 2].Is("and")) && ActorStartingAt(ctx, a, b, out _) is not null)
            {
                var cut = tokens[firstVerb - 1].Is("and") ? firstVerb - 1 : firstVerb - 2;
                var subj = ActorStartingAt(ctx, a, cut, out var se);
                if (subj is not null && cut - se >= 2)
                {
                    var k = se;
                    while (k < cut && (tokens[k].Is("is") || tokens[k].Is("are") || tokens[k].Is("was") || tokens[k].Is("were"))) k++;
                    Add(ctx, s, HolderOf(ctx, ResolveHolder(ctx, subj, speaker)), voice ?? SpeakerOf(speaker), Stance.Asserts, k, cut);
                }
            }
            else if (firstVerb > a + 5)
            {
                // "X's visit was part of regular contact, during which he would discuss ...": the main clause is a claim of its own
                var comma = -1;
                for (var k = firstVerb - 1; k > a + 4; k--)
                {
                    if (tokens[k].Text == ",") comma = k;
                }
                if (comma > 0 && HasFiniteVerb(tokens, a, comma) && !HasStanceVerb(tokens, a, comma))
                {
                    Add(ctx, s, HolderOf(ctx, speaker), voice ?? SpeakerOf(speaker), Stance.Asserts, a, comma);
                }
            }
            return;
        }
        if (IsNarrative(tokens, a, b)) return;
        // no stance verb with a subject: the whole clause, asserted (urged with should/must)
        var stance = Stance.Asserts;
        var topicStart = a;
        for (var i = a; i < b; i++)
        {
            var t = tokens[i];
            if (t.Is("should") || t.Is("must") || ((t.Is("had") || t.Is("has") || t.Is("have") || t.Is("need") || t.Is("needs")) && i + 1 < b && tokens[i + 1].Is("to"))
                || ((t.Is("essential") || t.Is("vital") || t.Is("imperative") || t.Is("urgent") || t.Is("necessary")) && i > a && (tokens[i - 1].Is("is") || tokens[i - 1].Is("was"))))
            {
                stance = Stance.Urges;
                break;
            }
            if ((t.Is("will") || t.Is("would")) && i > a && !Conditional(tokens, a, b))
            {
                var subj = ctx.Actors.NamedBefore(a, i - 1, out var subjStart);
                if (subj is not null && subjStart <= a + 1)
                {
                    stance = Stance.Commits;
                    topicStart = i + 1;
                    if (topicStart < b && tokens[topicStart].Is("continue") && topicStart + 1 < b && tokens[topicStart + 1].Is("to")) { }
                }
                break;
            }
        }
        var holderName = HolderOf(ctx, speaker);
        // a short sentence of a quotation joins its neighbour from the same quotation ("My wife is travelling around. She is ...")
        if (ctx.CurrentQuote >= 0 && ctx.LastQuoteId == ctx.CurrentQuote && ctx.LastQuoteIndex >= 0 && ctx.LastQuoteIndex == ctx.Results.Count - 1 && stance == Stance.Asserts)
        {
            var prev = ctx.Results[ctx.LastQuoteIndex];
            var cur = ctx.Doc.Span(topicStart, b);
            if (prev.Stance == Stance.Asserts && string.Equals(prev.Holder, holderName, StringComparison.Ordinal) && (WordCount(prev.Topic) < 7 || WordCount(cur) < 7))
            {
                ctx.Results[ctx.LastQuoteIndex] = prev with { Topic = prev.Topic.TrimEnd('.') + ". " + cur };
                ctx.ResultWords[ctx.LastQuoteIndex].AddRange(TopicWords(tokens, topicStart, b));
                return;
            }
        }
        var n0 = ctx.Results.Count;
        Add(ctx, s, holderName, voice ?? SpeakerOf(speaker), stance, topicStart, b);
        if (ctx.CurrentQuote >= 0 && ctx.Results.Count > n0)
        {
            ctx.LastQuoteId = ctx.CurrentQuote;
            ctx.LastQuoteIndex = ctx.Results.Count - 1;
        }
    }

    private static int WordCount(string s)
    {
        var n = 0;
        var inWord = false;
        foreach (var c in s)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (!inWord) n++;
                inWord = true;
            }
            else if (c == ' ')
            {
                inWord = false;
            }
        }
        return n;
    }

    private static bool HasFiniteVerb(TokenList tokens, int a, int b)
    {
        for (var i = a; i < b; i++)
        {
            var t = tokens[i];
            if (t.Is("is") || t.Is("are") || t.Is("was") || t.Is("were") || t.Is("has") || t.Is("have") || t.Is("had")) return true;
        }
        return false;
    }

    private static bool HasStanceVerb(TokenList tokens, int a, int b)
    {
        for (var i = a; i < b; i++)
        {
            if (IsVerbAt(tokens, i, out _, out _)) return true;
        }
        return false;
    }

    /// <summary>Reported narrative ("X met Y", "the delegation visited") is not a stance.</summary>
    private static bool IsNarrative(TokenList tokens, int a, int b)
    {
        for (var i = a; i < b && i < a + 40; i++)
        {
            var t = tokens[i];
            if (t.Is("met") || t.Is("visited") || t.Is("co-chaired") || t.Is("chaired") || t.Is("attended") || t.Is("held") || t.Is("hosted") || t.Is("arrived")
                || t.Is("traveled") || t.Is("travelled") || t.Is("signed") || t.Is("had") && i + 1 < b && (tokens[i + 1].Is("talks") || tokens[i + 1].Is("discussions") || tokens[i + 1].Is("a")))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"If ...", "without it we would ...": a conditional clause, not a commitment.</summary>
    private static bool Conditional(TokenList tokens, int a, int b)
    {
        for (var i = a; i < b; i++)
        {
            if (tokens[i].Is("if") || tokens[i].Is("unless") || tokens[i].Is("without") || tokens[i].Is("otherwise") || tokens[i].Is("could")) return true;
        }
        return false;
    }

    private static bool SameSide(Actor subject, Actor speaker)
    {
        if (string.Equals(subject.Name, speaker.Name, StringComparison.Ordinal)) return true;
        if (subject.IsJoint && speaker.IsJoint) return true;
        if (subject.Person is not null && speaker.Person is not null) return ReferenceEquals(subject.Person, speaker.Person);
        var sc = speaker.Country ?? speaker.Person?.Country;
        return sc is not null && string.Equals(subject.Country, sc, StringComparison.Ordinal);
    }

    /// <summary>Top-level text without attribution: only stance and report verbs with a named subject count.</summary>
    private static void TopLevel(Context ctx, Sentence s, int a, int b) => _ = Clauses(ctx, s, a, b, null, false, null);

    /// <summary>
    /// Finds stance and report verbs with their subjects in [a, b) and adds a position for each,
    /// splitting coordinated verbs. <paramref name="speaker"/> is the reporting speaker, if any.
    /// </summary>
    /// <returns>The index of the first verb that gave a position, or -1.</returns>
    private static int Clauses(Context ctx, Sentence s, int a, int b, Actor? speaker, bool reported, string? voice)
    {
        var firstVerb = -1;
        var tokens = ctx.Doc.Tokens;
        Actor? clauseSubject = null;
        var coordinated = -1;
        var i = a;
        while (i < b)
        {
            if (!IsVerbAt(tokens, i, out var entry, out var len) || (ctx.Quotes.SpanOf[i] >= 0 && !reported))
            {
                i++;
                continue;
            }
            var v = entry!;
            if (i + len > b) break;
            if ((tokens[i].Is("expected") || tokens[i].Is("thought")) && i > a && (tokens[i - 1].Is("is") || tokens[i - 1].Is("are") || tokens[i - 1].Is("was") || tokens[i - 1].Is("were") || tokens[i - 1].Is("be")))
            {
                // "he is expected to strike a deal": an expectation about him, not his hope
                i += len;
                continue;
            }
            var isModal = v.Words.Length == 1 && (v.Words[0] == "will" || v.Words[0] == "would");
            if (isModal && Conditional(tokens, a, b))
            {
                i += len;
                continue;
            }
            var participle = i > a && tokens[i - 1].Text == "," && tokens[i].Lower.EndsWith("ing", StringComparison.Ordinal);
            if (!v.IsReport && TryPassive(ctx, s, a, i, len, b, speaker, voice)) 
            {
                i += len;
                continue;
            }
            var subject = i == coordinated ? null : Subject(ctx, s, i, a, out _);
            if (subject is not null && reported && subject.Person is null && EmbeddedThat(tokens, a, i))
            {
                // "the importance of insisting that China supports ...": a clause inside a noun phrase, not a stance of its subject
                i += len;
                continue;
            }
            var negated = i != coordinated && NegatedBefore(tokens, i, a);
            if (subject is null && (i == coordinated || participle || (i > a && tokens[i - 1].Is("and")) || (i > a + 1 && tokens[i - 1].Is("also") && tokens[i - 2].Is("and"))))
            {
                subject = clauseSubject ?? EarlierSubject(ctx, s, i, a) ?? speaker;
            }
            if (subject is null && reported && i == a && speaker is not null)
            {
                subject = speaker;
            }
            if (subject is null || (isModal && (!reported || speaker is null || (!SameSide(subject, speaker) && subject.Person is null))))
            {
                i += len;
                continue;
            }
            // "will" after a named subject in reported speech, "X will continue to ..."
            clauseSubject = subject;
            var stance = v.Stance;
            if (negated)
            {
                stance = stance == Stance.Supports ? Stance.Opposes : Stance.Asserts;
            }
            var topicStart = i + len;
            if (tokens[i].Is("warned") || tokens[i].Is("warns") || tokens[i].Is("warning"))
            {
                // "warned the United States on Tuesday against interfering in Taiwan": opposition to what follows "against"
                for (var q = topicStart; q < b && q < topicStart + 8; q++)
                {
                    if (tokens[q].Text == "," || tokens[q].Is("that")) break;
                    if (!tokens[q].Is("against")) continue;
                    var holderW = HolderOf(ctx, ResolveHolder(ctx, subject, speaker));
                    var endW = TopicEnd(ctx, q + 1, b, out var nextW);
                    var afterW = endW;
                    for (var r = q + 1; r < endW; r++)
                    {
                        if (tokens[r].Is("after") || tokens[r].Is("because")) { afterW = r; break; }
                    }
                    Add(ctx, s, holderW, voice ?? (speaker is not null ? SpeakerOf(speaker) : SpeakerOf(subject)), Stance.Opposes, q + 1, afterW);
                    if (firstVerb < 0) firstVerb = i;
                    i = Math.Max(nextW, q + 1);
                    goto nextVerb;
                }
            }
            if (v.Stance == Stance.Commits && topicStart < b)
            {
                var q = topicStart;
                if (tokens[q].Is("continue") && q + 1 < b && tokens[q + 1].Is("to")) q += 2;
                else if (tokens[q].Is("also") || tokens[q].Is("further") || tokens[q].Is("firmly") || tokens[q].Is("strongly")) q++;
                if (IsVerbAt(tokens, q, out var inner, out var innerLen) && !inner!.IsReport && inner.Stance != Stance.Commits && inner.Stance != Stance.Asserts && inner.Stance != Stance.Ready)
                {
                    stance = negated ? Stance.Asserts : inner.Stance;
                    topicStart = q + innerLen;
                }
            }
            var topicEnd = TopicEnd(ctx, topicStart, b, out var next);
            if (next < b && next > topicEnd) coordinated = next;
            if (v.IsReport)
            {
                // the reported clause after "said (that)", "told reporters that", "stressed"
                var c = ContentStart(tokens, i, topicStart, topicEnd);
                if (c >= 0 && c < topicEnd && topicEnd < b && (tokens[topicEnd].Is("on") || tokens[topicEnd].Is("during")))
                {
                    // "said in a statement on Friday that ...": the time adjunct comes before the reported words
                    var c2 = ContentStart(tokens, i, topicStart, b);
                    if (c2 > topicEnd)
                    {
                        c = c2;
                        topicEnd = TopicEnd(ctx, c, b, out next);
                    }
                }
                if (c < 0 || c >= topicEnd)
                {
                    i = Math.Max(next, i + len);
                    continue;
                }
                var sub = new Actor(subject.Name, subject.Person, subject.Country);
                ctx.LastSpeaker = subject;
                ctx.LastSpeakerSentence = s.Index;
                if (subject.Person is not null) Remember(ctx, subject.Person);
                if (ReferenceEquals(sub.Person, null) && subject.IsJoint) sub = subject;
                var before = ctx.Results.Count;
                Reported(ctx, s, c, topicEnd, sub, voice ?? (speaker is not null ? SpeakerOf(speaker) : null));
                if (firstVerb < 0 && ctx.Results.Count > before) firstVerb = i;
                i = Math.Max(next, topicEnd);
                continue;
            }
            var holderActor = ResolveHolder(ctx, subject, speaker);
            var holder = HolderOf(ctx, holderActor);
            var speakerName = voice ?? (speaker is not null ? SpeakerOf(speaker) ?? SpeakerOf(holderActor) : SpeakerOf(holderActor));
            var n0 = ctx.Results.Count;
            Add(ctx, s, holder, speakerName, stance, topicStart, topicEnd);
            if (firstVerb < 0 && ctx.Results.Count > n0) firstVerb = i;
            i = Math.Max(next, topicStart);
            continue;
        nextVerb:;
        }
        return firstVerb;
    }

    /// <summary>"The EU's move was welcomed at the time by Beijing": the actor after "by" holds the stance on the subject.</summary>
    private static bool TryPassive(Context ctx, Sentence s, int a, int verb, int len, int b, Actor? speaker, string? voice)
    {
        var tokens = ctx.Doc.Tokens;
        if (verb - 1 <= a || !tokens[verb].Lower.EndsWith("ed", StringComparison.Ordinal)) return false;
        var aux = tokens[verb - 1];
        if (!(aux.Is("was") || aux.Is("were") || aux.Is("is") || aux.Is("are") || aux.Is("been"))) return false;
        var by = -1;
        for (var k = verb + len; k < b && k < verb + len + 6; k++)
        {
            if (tokens[k].Is("by")) { by = k; break; }
            if (tokens[k].Text == "," || tokens[k].Text == ".") break;
        }
        if (by < 0) return false;
        var holder = ActorStartingAt(ctx, by + 1, b, out var he);
        if (holder is null) return false;
        // "is supported by Germany, Italy and Spain"
        var names = new List<string> { holder.Name };
        while (he + 1 < b && (tokens[he].Text == "," || tokens[he].Is("and")))
        {
            var k2 = he + 1;
            if (tokens[he].Text == "," && k2 < b && tokens[k2].Is("and")) k2++;
            var more = ActorStartingAt(ctx, k2, b, out var he2);
            if (more is null || more.Person is not null != (holder.Person is not null)) break;
            if (!names.Contains(more.Name)) names.Add(more.Name);
            he = he2;
        }
        if (names.Count > 1) holder = new Actor(string.Join(", ", names.GetRange(0, names.Count - 1)) + " and " + names[names.Count - 1], null, null);
        var topicEnd = verb - 1;
        if (topicEnd - 1 > a && tokens[topicEnd - 1].Is("has") || topicEnd - 1 > a && tokens[topicEnd - 1].Is("have")) topicEnd--;
        var start = topicEnd - 1;
        while (start > a && tokens[start - 1].Text != "," && tokens[start - 1].Kind != TokenKind.Quote) start--;
        if (topicEnd - start < 2) return false;
        var stance = Lexicon.Instance.Verbs[tokens[verb].Lower][0].Stance;
        IsVerbAt(tokens, verb, out var entry, out _);
        if (entry is not null) stance = entry.Stance;
        Add(ctx, s, HolderOf(ctx, holder), voice ?? SpeakerOf(holder) ?? (speaker is null ? null : SpeakerOf(speaker)), stance, start, topicEnd);
        return true;
    }

    /// <summary>True when a "that" after a noun or gerund ("insisting that", "the fact that") opens the clause of the verb.</summary>
    private static bool EmbeddedThat(TokenList tokens, int a, int verb)
    {
        for (var k = verb - 1; k > a && k > verb - 8; k--)
        {
            if (!tokens[k].Is("that")) continue;
            var before = tokens[k - 1];
            return before.IsWord && !before.IsCap && (before.Lower.EndsWith("ing", StringComparison.Ordinal) || before.Is("fact") || before.Is("importance") || before.Is("need") || before.Is("view") || before.Is("belief") || before.Is("hope"));
        }
        return false;
    }

    private static bool NegatedBefore(TokenList tokens, int verb, int min)
    {
        for (var k = verb - 1; k >= min && k >= verb - 3; k--)
        {
            if (tokens[k].Is("not") || tokens[k].Is("n't") || tokens[k].Is("never")) return true;
            if (!tokens[k].Word.Facts.IsSkipBeforeVerb) break;
        }
        return false;
    }

    /// <summary>For "..., China laid out the facts and firmly refuted ...": the nearest earlier actor that opens a clause.</summary>
    private static Actor? EarlierSubject(Context ctx, Sentence s, int verb, int min)
    {
        var tokens = ctx.Doc.Tokens;
        // "The leaders discussed ... and condemned ...", "They ... and agreed to ..."
        var o = min;
        if (o < verb && tokens[o].Is("the")) o++;
        if (o < verb && (tokens[o].Is("two") || tokens[o].Is("both"))) o++;
        if (o < verb && (tokens[o].Is("they") || tokens[o].Is("leaders") || tokens[o].Is("sides"))) return ctx.LastPair;
        if (o < verb && (tokens[o].Is("he") || tokens[o].Is("she")) && o == min)
        {
            var p = LastPersonBefore(ctx, o);
            if (p is not null) return new Actor(p.Name, p, p.Country);
        }
        for (var k = verb - 2; k >= min && k > verb - 90; k--)
        {
            var a = ctx.Actors.NamedBefore(min, k, out var start);
            if (a is null) continue;
            if (start == min || tokens[start - 1].Text == "," || tokens[start - 1].Kind == TokenKind.Quote)
            {
                if (k + 1 < verb && (IsVerbAt(tokens, k + 1, out _, out _) || (tokens[k + 1].IsWord && !tokens[k + 1].IsCap && tokens[k + 1].Lower.EndsWith("ed", StringComparison.Ordinal))
                    || tokens[k + 1].Word.Facts.IsSkipBeforeVerb))
                {
                    if (a.Person is null) ctx.LastCollective = a;
                    return a;
                }
            }
            k = start;
        }
        return null;
    }


    /// <summary>"we"/"I" inside a speaker's words are the speaker; a subject of the speaker's own side keeps the speaker.</summary>
    private static Actor ResolveHolder(Context ctx, Actor subject, Actor? speaker)
    {
        if (speaker is null) return subject;
        if (subject.Person is not null && ReferenceEquals(subject.Person, speaker.Person)) return speaker;
        return subject;
    }

    /// <summary>Where the reported clause after a report verb starts, or -1 when there is none ("told a press conference").</summary>
    private static int ContentStart(TokenList tokens, int verb, int after, int end)
    {
        var told = tokens[verb].Is("told") || tokens[verb].Is("tells") || tokens[verb].Is("reminded") || tokens[verb].Is("reminds");
        if (!told && after < end && (tokens[after].Is("in") || tokens[after].Is("at") || tokens[after].Is("on") || tokens[after].Is("during") || tokens[after].Is("after") || tokens[after].Is("upon") || tokens[after].Is("before")))
        {
            // "said in a statement that ...", "said at a news conference on Friday that ..."
            for (var k = after + 1; k < end && k < after + 12; k++)
            {
                if (tokens[k].Text == "," || tokens[k].Kind == TokenKind.Quote) break;
                if (tokens[k].Is("that")) return k + 1;
            }
        }
        for (var k = after; k < end && k < after + 14; k++)
        {
            if (!told && k > after && !IsAdjunctWord(tokens[k - 1]) && tokens[k].Is("that")) break;
            if (tokens[k].Is("that")) return k + 1;
            if (tokens[k].Text == ":") return k + 1;
            if (tokens[k].Kind == TokenKind.Quote)
            {
                if (k == after || tokens[k - 1].Text == "," || tokens[k - 1].Text == ":") return k;
                break;
            }
            if (tokens[k].Text == ",") break;
        }
        if (told) return -1;
        var j = after;
        // skip adjuncts: "here", "on Tuesday", "Monday afternoon", "in Beijing"
        while (j < end)
        {
            var t = tokens[j];
            if (t.Is("here") || t.Is("today") || t.Is("yesterday") || t.Is("earlier") || t.Is("also") || t.Is("again") || t.Is("afternoon") || t.Is("morning") || t.Is("evening") || WordClasses.Weekday(t) >= 0)
            {
                j++;
                continue;
            }
            if ((t.Is("on") || t.Is("in") || t.Is("at") || t.Is("upon")) && j + 1 < end && (WordClasses.Weekday(tokens[j + 1]) >= 0 || tokens[j + 1].IsCap))
            {
                j += 2;
                while (j < end && tokens[j].IsCap && tokens[j].IsWord) j++;
                continue;
            }
            break;
        }
        if (end - j < 3) return -1;
        return j;
    }

    private static bool IsAdjunctWord(Token t)
        => t.Is("here") || t.Is("today") || t.Is("yesterday") || t.Is("earlier") || t.Is("also") || t.Is("again") || t.Is("afternoon") || t.Is("morning")
           || t.Is("evening") || t.Is("on") || t.Is("in") || t.Is("at") || WordClasses.Weekday(t) >= 0 || t.IsCap || t.Kind == TokenKind.Number || t.Text == ",";

    /// <summary>
    /// The end of a topic starting at <paramref name="start"/>: the clause end, or where a coordinated
    /// stance verb (", opposes ...", "and asked ...", ", demanding ...") begins; <paramref name="next"/> is where scanning resumes.
    /// </summary>
    private static int TopicEnd(Context ctx, int start, int b, out int next)
    {
        var tokens = ctx.Doc.Tokens;
        var headInflection = start > 0 ? HeadInflection(tokens, start) : 0;
        for (var k = start; k < b; k++)
        {
            var t = tokens[k];
            if (t.Text == "-" && k > start && tokens[k - 1].End < t.Start && k + 1 < b && tokens[k + 1].Start > t.End)
            {
                next = k + 1;
                return k;
            }
            if ((t.Text == "--" || t.Text == "\u2014" || t.Text == "\u2013") && k + 2 < b && (tokens[k + 1].Is("and") || tokens[k + 1].Is("but")) && tokens[k + 2].Is("that"))
            {
                // "...—and that we intend ...—but that we do not ...": further reported clauses
                continue;
            }
            if (t.Text == "--" || t.Text == "\u2014" || t.Text == "\u2013")
            {
                // "raised concerns in private \u2013 as we have in public \u2013 about ...": skip a dashed aside right after the verb
                if (k - start <= 3)
                {
                    var close = k + 1;
                    while (close < b && close < k + 12 && tokens[close].Text != t.Text) close++;
                    if (close < b && tokens[close].Text == t.Text)
                    {
                        k = close;
                        continue;
                    }
                }
                next = b;
                return k;
            }
            if (t.Is("according") && k + 1 < b && tokens[k + 1].Is("to"))
            {
                next = b;
                return k;
            }
            // "the issue of global warming during a Commons debate on Wednesday": time and occasion are not the topic
            if (k > start + 2 && (t.Is("during") || (t.Is("on") && k + 1 < b && WordClasses.Weekday(tokens[k + 1]) >= 0)))
            {
                next = b;
                return k;
            }
            if (t.Text == "," && IsTailAt(ctx, k + 1, b))
            {
                next = b;
                return k;
            }
            if (t.Text == "," && k + 2 < b && tokens[k + 1].Is("which") && (tokens[k + 2].Is("will") || tokens[k + 2].Is("would") || tokens[k + 2].Is("could") || tokens[k + 2].Is("can")))
            {
                next = b;
                return k;
            }
            if (t.Text == "," && k + 1 < b && (tokens[k + 1].Is("while") || tokens[k + 1].Is("whereas")))
            {
                next = k + 1;
                return k;
            }
            if (t.Text == "," || t.Is("and") || t.Is("but"))
            {
                var j = k + 1;
                if (t.Text == "," && j < b && (tokens[j].Is("and") || tokens[j].Is("but"))) j++;
                while (j < b && (tokens[j].Is("also") || tokens[j].Is("firmly") || tokens[j].Is("strongly") || tokens[j].Is("further") || tokens[j].Is("then"))) j++;
                if (j < b && IsVerbAt(tokens, j, out var e, out _) && !(e!.Words.Length == 1 && (e.Words[0] == "will" || e.Words[0] == "would") && !t.Is("and")))
                {
                    var w = tokens[j].Lower;
                    var participle = t.Text == "," && w.EndsWith("ing", StringComparison.Ordinal);
                    if (!participle && Inflection(w) != headInflection) continue;
                    next = j;
                    return k;
                }
            }
        }
        next = b;
        return b;
    }

    /// <summary>0 base form, 1 past ("-ed", "said"), 2 third person ("-s"), 3 participle, 4 modal.</summary>
    private static int Inflection(string w)
    {
        if (w == "will" || w == "would") return 4;
        if (w.EndsWith("ing", StringComparison.Ordinal)) return 3;
        if (w.EndsWith("ed", StringComparison.Ordinal) || w == "said" || w == "told" || w == "stood" || w == "saw") return 1;
        if (w.EndsWith("s", StringComparison.Ordinal) && !w.EndsWith("ss", StringComparison.Ordinal)) return 2;
        return 0;
    }

    /// <summary>The inflection of the verb phrase that ends right before the topic start.</summary>
    private static int HeadInflection(TokenList tokens, int topicStart)
    {
        for (var k = topicStart - 1; k >= 0 && k >= topicStart - 5; k--)
        {
            if (IsVerbAt(tokens, k, out var v, out var len) && k + len == topicStart) return Inflection(tokens[k].Lower);
        }
        return -1;
    }

    /// <summary>True when an attribution (", a spokesman said here Tuesday.") runs from k to the clause end.</summary>
    private static bool IsTailAt(Context ctx, int k, int b)
    {
        var tokens = ctx.Doc.Tokens;
        for (var j = k; j < b && j < k + 10; j++)
        {
            if (tokens[j].Text == ",") return false;
            if (IsVerbAt(tokens, j, out var v, out var len) && v!.IsReport && tokens[j].Lower != "saying" && tokens[j].Lower != "adding")
            {
                if (j == k) return AttributionAt(ctx, k, b, out var e) is not null && OnlyAdjuncts(tokens, e, b);
                return OnlyAdjuncts(tokens, j + len, b) && (ctx.Actors.People.ByToken[j - 1] is not null || IsSpokesWord(tokens[j - 1]) || tokens[j - 1].Is("he") || tokens[j - 1].Is("she") || ActorEndsAt(ctx, j - 1));
            }
        }
        return false;
    }

    private static bool ActorEndsAt(Context ctx, int j) => ctx.Actors.CountryAt[j] is not null;

    /// <summary>The subject of the verb at <paramref name="verb"/>: a named actor right before it (after adverbs), a pronoun, or a group noun.</summary>
    private static Actor? Subject(Context ctx, Sentence s, int verb, int min, out bool negated)
    {
        var tokens = ctx.Doc.Tokens;
        negated = false;
        var k = verb - 1;
        while (k >= min)
        {
            var w = tokens[k];
            if (w.IsWord && w.Word.Facts.IsSkipBeforeVerb)
            {
                if (w.Is("not") || w.Is("n't") || w.Is("never")) negated = true;
                k--;
                continue;
            }
            // "China on Tuesday urged", "Lula on Sunday called for", "the minister last week said"
            if (WordClasses.Weekday(w) >= 0 || w.Is("afternoon") || w.Is("morning") || w.Is("evening") || w.Is("night"))
            {
                k--;
                if (k >= min && (tokens[k].Is("on") || tokens[k].Is("last") || tokens[k].Is("this") || tokens[k].Is("early") || tokens[k].Is("late"))) k--;
                else if (k >= min && WordClasses.Weekday(tokens[k]) >= 0) k--;
                continue;
            }
            if ((w.Is("week") || w.Is("month") || w.Is("year")) && k - 1 >= min && (tokens[k - 1].Is("last") || tokens[k - 1].Is("this") || tokens[k - 1].Is("earlier")))
            {
                k -= 2;
                continue;
            }
            break;
        }
        if (k < min) return null;
        // "China and the European Union (EU) expressed": skip a short parenthesis
        if (tokens[k].Text == ")")
        {
            var o = k - 1;
            while (o >= min && o > k - 6 && tokens[o].Text != "(") o--;
            if (o >= min && tokens[o].Text == "(") k = o - 1;
            if (k < min) return null;
        }
        // appositive: "Kim Gye-gwan, head of the DPRK delegation, said"
        if (tokens[k].Text == ",")
        {
            if (ctx.We is not null && tokens[s.First].Text == "We" && s.First + 1 < s.End && tokens[s.First + 1].Text == ",") return ctx.We;
            for (var c = k - 1; c >= min && c > k - 25; c--)
            {
                if (tokens[c].Text != ",") continue;
                var app = ctx.Actors.NamedBefore(min, c - 1, out _);
                if (app?.Person is not null)
                {
                    Remember(ctx, app.Person);
                    return app;
                }
                break;
            }
            return null;
        }
        var t = tokens[k];
        if (t.Is("he") || t.Is("she"))
        {
            var p = LastPersonBefore(ctx, k);
            return p is null ? null : new Actor(p.Name, p, p.Country);
        }
        if (t.Is("it") && k == s.First)
        {
            return ctx.LastCollective;
        }
        if (t.Is("they") || t.Is("sides") || t.Is("leaders") || t.Is("countries") || t.Is("nations"))
        {
            if (t.Is("they")) return ctx.LastPair;
            if (k - 1 >= min && (tokens[k - 1].Is("both") || tokens[k - 1].Is("two"))) return ctx.LastPair;
            if (t.Is("leaders") && k - 1 >= min && tokens[k - 1].Is("the")) return ctx.LastPair;
            return null;
        }
        // "his country supported ...": the speaker's own country speaks through the speaker
        if ((t.Is("country") || t.Is("government")) && k - 1 >= min && (tokens[k - 1].Is("his") || tokens[k - 1].Is("her") || tokens[k - 1].Is("my") || tokens[k - 1].Is("our")))
        {
            if (ctx.CurrentSpeaker is not null) return ctx.CurrentSpeaker;
            var p = LastPersonBefore(ctx, k);
            return p is null ? null : new Actor(p.Name, p, p.Country);
        }
        if (t.Is("we") && ctx.We is not null && ctx.Quotes.SpanOf[k] < 0) return ctx.We;
        if ((t.Is("we") || t.Is("i")) && ctx.CurrentSpeaker is not null) return ctx.CurrentSpeaker;
        if (t.Is("we") || t.Is("i")) return null;
        if (t.Is("leaders") && k - 1 >= min && tokens[k - 1].Is("the")) return ctx.LastPair;
        var a = ctx.Actors.NamedBefore(min, k, out var start);
        if (a is null) return null;
        // coordinated subjects: "China and the EU", "President Biden and Prime Minister Modi"
        var st = start;
        if (a.Person is not null)
        {
            while (st > min && tokens[st - 1].IsWord && (tokens[st - 1].IsCap && !WordClasses.IsFunctionWord(tokens[st - 1]) && WordClasses.Weekday(tokens[st - 1]) < 0 && WordClasses.Month(tokens[st - 1]) == 0
                   || RoleParser.IsRoleWord(tokens[st - 1]) || tokens[st - 1].Text == "'s") && ctx.Actors.People.ByToken[st - 1] is null) st--;
        }
        if (st - 2 >= min && tokens[st - 1].Is("and"))
        {
            var b = ctx.Actors.NamedBefore(min, st - 2, out var bStart);
            if (b is not null && !string.Equals(a.Name, b.Name, StringComparison.Ordinal))
            {
                // "UK, France, Germany and Sweden": take the whole list
                var names = new List<string> { b.Name, a.Name };
                var s0 = bStart;
                while (s0 - 2 >= min && tokens[s0 - 1].Text == ",")
                {
                    var c = ctx.Actors.NamedBefore(min, s0 - 2, out var cStart);
                    if (c is null || names.Contains(c.Name)) break;
                    names.Insert(0, c.Name);
                    s0 = cStart;
                }
                var joint = names.Count == 2 ? Actor.Joint(b, a) : new Actor(string.Join(", ", names.GetRange(0, names.Count - 1)) + " and " + names[names.Count - 1], null, null);
                ctx.LastPair = joint;
                return joint;
            }
        }
        while (st > min && (tokens[st - 1].Is("a") || tokens[st - 1].Is("an") || tokens[st - 1].Is("the"))) st--;
        // the subject must open the clause: only adjuncts, a conjunction or a comma before it
        if (st > min)
        {
            var p = tokens[st - 1];
            if (!(p.Kind == TokenKind.Punct || p.Text == "," || WordClasses.Weekday(p) >= 0 || WordClasses.Month(p) > 0 || p.Kind == TokenKind.Number || p.Is("here") || p.Is("today") || p.Is("yesterday") || p.Is("later") || p.Is("now") || p.Is("so") || p.Is("that") || p.Is("but") || p.Is("and") || p.Is("however") || p.Kind == TokenKind.Quote || p.Text == ":" || p.Is("while") || p.Is("said") || p.Is("also") || p.Is("meanwhile")
                || p.Is("earlier") || p.Is("why") || p.Is("because") || p.Is("as") || p.Is("if") || p.Is("when") || p.Is("(") || p.Is("then") || p.Is("although") || p.Is("though") || p.Is("whereas")))
            {
                return ClauseOpener(ctx, verb, min);
            }
        }
        if (a.Person is null) ctx.LastCollective = a;
        else Remember(ctx, a.Person);
        return a;
    }

    /// <summary>
    /// A complex subject ("The Chinese Foreign Ministry and Embassy in Malaysia have expressed"): the actor
    /// that opens the clause, when only noun-phrase words lie between it and the verb.
    /// </summary>
    private static Actor? ClauseOpener(Context ctx, int verb, int min)
    {
        var tokens = ctx.Doc.Tokens;
        var cs = verb - 1;
        while (cs > min && tokens[cs - 1].Text != "," && tokens[cs - 1].Kind != TokenKind.Quote && verb - cs < 14) cs--;
        var a = ActorStartingAt(ctx, cs, verb, out var e);
        if (a is null) return null;
        for (var k = e; k < verb; k++)
        {
            var t = tokens[k];
            if (!(t.IsWord && (t.IsCap || RoleParser.IsRoleWord(t) || t.Is("and") || t.Is("of") || t.Is("in") || t.Is("the") || t.Is("'s") || t.Word.Facts.IsSkipBeforeVerb))) return null;
        }
        return a;
    }

    private static void Remember(Context ctx, Person p)
    {
        ctx.LastSubjectPerson = p;
        ctx.LastSubjectSentence = ctx.CurrentSentence;
    }

    /// <summary>The subject of the sentence's main clause, for a participle (", saying: ...").</summary>
    private static Actor? ClauseSubject(Context ctx, Sentence s, int before)
    {
        for (var i = s.First; i < before; i++)
        {
            if (ctx.Actors.People.ByToken[i] is { } p) return new Actor(p.Name, p, p.Country);
            if (ctx.Actors.CountryAt[i] is { } c && i == s.First) return new Actor(c, null, c);
        }
        return null;
    }

    private static void Add(Context ctx, Sentence s, string holder, string? speaker, Stance stance, int a, int b)
    {
        var tokens = ctx.Doc.Tokens;
        while (a < b && (tokens[a].Is("that") || tokens[a].Text == "," || tokens[a].Text == ":" || tokens[a].Kind == TokenKind.Quote || tokens[a].Is("to") && stance != Stance.Urges)) a++;
        while (b > a && (tokens[b - 1].Kind == TokenKind.Punct || tokens[b - 1].Kind == TokenKind.Quote || tokens[b - 1].Is("and") || tokens[b - 1].Is("but"))) b--;
        if (b - a < 1) return;
        if (ctx.Doc.SpanLength(a, b) < 3) return;
        var words = new TopicWordSet(TopicWords(tokens, a, b));
        for (var ri = Math.Max(0, ctx.Results.Count - 64); ri < ctx.Results.Count; ri++)
        {
            var r = ctx.Results[ri];
            if (!string.Equals(r.Holder, holder, StringComparison.Ordinal)) continue;
            if (ctx.HeadlineMode && r.Stance == stance) return;
            var f = TopicWordSet.Overlap(ctx.ResultWords[ri], words);
            if (f >= 0.6 || (r.Stance == stance && f >= 0.5)) return;
            if (ctx.HeadlineMode && f >= 0.3) return;
        }
        if (speaker is null && ctx.LastSpeaker?.Person is { } last && last.IsSpokesperson && s.Index - ctx.LastSpeakerSentence <= 3
            && string.Equals(HolderOf(ctx, ctx.LastSpeaker), holder, StringComparison.Ordinal))
        {
            // a briefing goes on in the spokesperson's voice: "It stressed that ...", "the Chinese side ... asked ..."
            speaker = last.Name;
        }
        ctx.Results.Add(new Position(holder, speaker, stance, ctx.Doc.Span(a, b), ctx.Doc.EvidenceFor(s)));
        ctx.ResultWords.Add(words);
    }

    /// <summary>True for a lower-case topic stop word (for <see cref="WordFacts"/>).</summary>
    public static bool IsTopicStopWord(string lower) => TopicStopWords.Contains(lower);

    /// <summary>True for a lower-case word that may stand between a subject and its verb (for <see cref="WordFacts"/>).</summary>
    public static bool IsSkipBeforeVerb(string lower) => SkipBeforeVerb.Contains(lower);

    private static readonly HashSet<string> TopicStopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "and", "or", "for", "to", "in", "on", "at", "by", "with", "from", "as", "into", "about", "that", "this", "these", "those",
        "its", "it", "their", "his", "her", "be", "is", "are", "was", "were", "been", "has", "have", "had", "will", "would", "shall", "should", "can",
        "could", "may", "might", "not", "no", "but", "also", "than", "then", "so", "such", "which", "who", "whom", "whose", "what", "when", "where",
        "while", "over", "under", "upon", "within", "between", "against", "among", "including",
    };

    /// <summary>Content words of tokens [a, b): lower case, without punctuation and stop words (no new strings).</summary>
    private static string[] TopicWords(TokenList tokens, int a, int b)
    {
        var count = 0;
        for (var i = a; i < b; i++)
        {
            if (IsTopicWord(tokens[i])) count++;
        }
        var words = count == 0 ? Array.Empty<string>() : new string[count];
        var at = 0;
        for (var i = a; i < b; i++)
        {
            if (IsTopicWord(tokens[i])) words[at++] = tokens[i].Lower;
        }
        return words;
    }

    private static bool IsTopicWord(in Token t)
        => !(t.Kind == TokenKind.Punct || t.Kind == TokenKind.Quote || t.Text == "'s" || t.Word.Facts.IsTopicStopWord);
}
