using System;
using System.Collections.Generic;
using System.Threading;
using SeedGen.Model;

namespace SeedGen.Extraction;

/// <summary>
/// Finds events from a trigger lexicon (met, talks, visit, press conference, summit, phone call,
/// signed, election, speech...): the trigger gives the kind; the sentence gives participants
/// (named persons, countries), the date (<see cref="DateResolver"/>) and the place ("in X",
/// "visit to X"). An event needs participants and a date or a place. Later mentions of the
/// same event ("the dialogue") are merged into the first.
/// </summary>
internal static class EventFinder
{
    private static readonly HashSet<string> NounLead = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "his", "her", "their", "its", "our", "this", "these", "that", "first", "second", "third", "fourth", "fifth",
        "sixth", "new", "next", "latest", "last", "bilateral", "official", "state", "working", "informal", "formal", "joint", "routine",
        "regular", "weekly", "daily", "annual", "previous", "upcoming", "possible", "brief", "short", "of", "in", "for", "presidential",
        "general", "parliamentary", "leaders", "summit", "ministerial", "trilateral", "multilateral", "landmark", "planned", "proposed",
        "two-day", "three-day", "four-day", "five-day", "week-long", "high-level", "six-party", "follow-up", "separate", "phone",
        "telephone", "video", "press", "news", "private", "closed-door", "emergency", "extraordinary", "farewell", "surprise",
        "ongoing", "inaugural", "migration", "trade", "peace", "security", "strategic", "economic", "human", "rights", "nuclear",
        "face-to-face", "one-on-one", "virtual", "commons", "lords", "televised", "keynote", "major", "key", "major", "policy",
        "constitutional", "local", "european", "national", "mid-term", "midterm", "'s", "at", "during", "before", "after", "ahead",
        "visit", "lengthy", "day-long", "hour-long", "candid", "frank", "constructive", "fruitful", "successful", "further",
    };

    private sealed class Draft
    {
        /// <param name="participants">The draft's participants (the list becomes the draft's own).</param>
        public Draft(string name, EventKind kind, int sentence, int trigger, List<string> participants)
        {
            Participants = participants;
            Name = name;
            Kind = kind;
            Sentence = sentence;
            Trigger = trigger;
        }

        public string Name { get; set; }

        private EventNameWords? _words;

        /// <summary>The content words of the name (computed once).</summary>
        public EventNameWords Words => _words ??= EventNameWords.Of(Name);

        private sbyte _generic;

        /// <summary><see cref="EventFinder.IsGeneric"/> of this draft (computed once: name and kind do not change).</summary>
        public bool IsGeneric
        {
            get
            {
                if (_generic == 0) _generic = EventFinder.IsGeneric(this) ? (sbyte)1 : (sbyte)-1;
                return _generic > 0;
            }
        }

        /// <summary>"the talks", "the summit": a name that is only the trigger (no content words, or one word).</summary>
        public bool IsBare => Words.Count == 0 || Name.IndexOf(' ') < 0;

        public EventKind Kind { get; }

        public int Sentence { get; }

        public int Trigger { get; }

        public PartialDate? Start { get; set; }

        public PartialDate? End { get; set; }

        public string? Location { get; set; }

        public List<string> Participants { get; }

        public bool Definite { get; set; }

        public bool VagueDate { get; set; }

        public bool RelativeDate { get; set; }

        /// <summary>No participants of its own: kept only when it restates an earlier event.</summary>
        public bool Orphan { get; set; }
    }

    public static List<SeedEvent> Find(Document doc, Actors actors, CancellationToken ct)
    {
        var tokens = doc.Tokens;
        var lex = Lexicon.Instance;
        var drafts = new List<Draft>();
        var lastEventPersons = new List<string>();
        var personNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in actors.People.People) personNames.Add(p.Name);
        Person? lastPerson = null;
        DateMention? contextDate = null;
        var contextSentence = -10;
        foreach (var s in doc.Sentences)
        {
            ct.ThrowIfCancellationRequested();
            if (s.IsHeadline) continue;
            var dates = DateResolver.Find(doc, s);
            var firstDraft = drafts.Count;
            for (var i = s.First; i < s.End; i++)
            {
                var t = tokens[i];
                if (!t.IsWord || t.Word.Facts.Triggers is not { } triggers) continue;
                (string[] Words, EventKind Kind)? hit = null;
                foreach (var tr in triggers)
                {
                    if (i + tr.Words.Length > s.End) continue;
                    var ok = true;
                    for (var k = 1; k < tr.Words.Length; k++)
                    {
                        if (!tokens[i + k].Is(tr.Words[k])) { ok = false; break; }
                    }
                    if (ok) { hit = tr; break; }
                }
                if (hit is null) continue;
                var (words, kind) = hit.Value;
                var end = i + words.Length;
                if ((kind == EventKind.Meeting || kind == EventKind.Talks) && LeadersNear(tokens, s, i, end)) kind = EventKind.Summit;
                if (!Accept(tokens, s, i, end, kind, words)) continue;
                var draft = Build(doc, actors, s, i, end, kind, dates, lastPerson, lastEventPersons);
                if (draft is not null)
                {
                    drafts.Add(draft);
                    var persons = 0;
                    foreach (var name in draft.Participants)
                    {
                        if (personNames.Contains(name)) persons++;
                    }
                    if (persons >= 2)
                    {
                        lastEventPersons.Clear();
                        foreach (var name in draft.Participants)
                        {
                            if (personNames.Contains(name)) lastEventPersons.Add(name);
                        }
                    }
                }
                i = end - 1;
            }
            for (var i = s.First; i < s.End; i++)
            {
                if (actors.People.ByToken[i] is { } p) lastPerson = p;
            }
            // an event told without time or place in the sentences after a dated lead takes the lead's date
            for (var k = firstDraft; k < drafts.Count; k++)
            {
                var d = drafts[k];
                if (d.Start is null && contextDate is not null && s.Index - contextSentence <= 2 && !d.Orphan)
                {
                    d.Start = contextDate.Start;
                    d.End = contextDate.Finish;
                    d.RelativeDate = true;
                    d.VagueDate = true;
                }
            }
            foreach (var d in dates)
            {
                if (d.Relative && !d.Vague && !AfterSince(tokens, s.First, d.First))
                {
                    contextDate = d;
                    contextSentence = s.Index;
                }
            }
        }
        // a press conference told without a date is the one of the lead ("said on Tuesday"), else of the publication day
        foreach (var d in drafts)
        {
            if (d.Kind != EventKind.PressConference || d.Start is not null) continue;
            var lead = FirstRelativeDate(doc);
            if (lead is not null)
            {
                d.Start = lead.Start;
                d.End = lead.Finish;
            }
            else if (doc.Published is { HasDay: true } pd)
            {
                d.Start = pd;
                d.End = pd;
            }
        }
        drafts.RemoveAll(d => d.Start is null && d.Location is null && !d.Orphan);
        return Merge(doc, drafts);
    }

    /// <summary>"leaders' informal meeting", "meeting of the APEC leaders", "EU leaders are holding talks": a summit.</summary>
    private static bool LeadersNear(TokenList tokens, Sentence s, int i, int end)
    {
        for (var k = Math.Max(s.First, i - 4); k < Math.Min(s.End, end + 8); k++)
        {
            if (tokens[k].Is("leaders") || tokens[k].Is("leaders'") || tokens[k].Is("heads")) return true;
            if (k > end && (tokens[k].Text == "," || tokens[k].Is("in") || tokens[k].Is("on"))) break;
        }
        return false;
    }

    private static bool Accept(TokenList tokens, Sentence s, int i, int end, EventKind kind, string[] words)
    {
        var t = tokens[i];
        var hasPrev = i > s.First;
        var prev = hasPrev ? tokens[i - 1] : default;
        var hasNext = end < s.End;
        var next = hasNext ? tokens[end] : default;
        if (words.Length > 1) return true;
        switch (t.Lower)
        {
            case "met":
            case "visited":
            case "signed":
                return true;
            case "visit":
                if (hasPrev && (prev.Is("will") || prev.Is("to") || prev.Is("would"))) return true;
                break;
            case "meet":
            case "meets":
                return hasPrev && (prev.Is("to") || prev.Is("will") || prev.Is("would"));
            case "visiting":
                return hasPrev && (prev.Is("is") || prev.Is("are") || prev.Is("was") || prev.Is("were") || prev.Is("when") || prev.Is("while")) && hasNext && next.IsCap;
            case "meeting":
                if (hasPrev && (prev.Is("when") || prev.Is("while") || prev.Is("after") || prev.Is("before")) && hasNext && next.Is("with")) return true;
                if (hasPrev && (prev.Is("is") || prev.Is("are") || prev.Is("was") || prev.Is("were")) && hasNext && (next.IsCap || next.Is("with") || next.Is("his") || next.Is("her"))) return true;
                break;
            case "signing":
                return hasPrev && (prev.Is("the") || prev.Is("a"));
            case "speech":
            case "address":
            case "interview":
                return hasPrev && (prev.Is("a") || prev.Is("an") || prev.Is("the") || prev.Is("his") || prev.Is("her") || prev.Is("their") || prev.Is("'s") || prev.Is("keynote")
                    || prev.Is("televised") || prev.Is("major") || prev.Is("policy") || prev.IsCap || prev.Kind == TokenKind.Number) && (!hasNext || !next.Is("to"));
            case "call":
            case "vote":
                return hasPrev && (prev.Is("a") || prev.Is("an") || prev.Is("the") || prev.Is("his") || prev.Is("her") || prev.Is("phone") || prev.Is("telephone"))
                    && (!hasNext || !(next.Is("for") || next.Is("on") || next.Is("to") || next.Is("the")));
        }
        if (!hasPrev) return true;
        if (prev.IsCap || prev.Kind == TokenKind.Number) return true;
        if (prev.Kind == TokenKind.Quote) return true;
        var lower = prev.Lower;
        if (NounLead.Contains(lower)) return true;
        if (lower.EndsWith("-day", StringComparison.Ordinal) || lower.EndsWith("-level", StringComparison.Ordinal) || lower.EndsWith("-party", StringComparison.Ordinal)
            || lower.EndsWith("-round", StringComparison.Ordinal) || lower.EndsWith("-long", StringComparison.Ordinal) || lower.EndsWith("al", StringComparison.Ordinal)
            || prev.Text.IndexOf('-') > 0 && prev.Word.CompoundCountries.Count > 0)
        {
            return true;
        }
        // other words before a noun trigger: accepted unless they make it abstract ("uphold dialogue", "through consultations")
        return !AbstractLead.Contains(lower) && !lower.EndsWith("ly", StringComparison.Ordinal);
    }

    private static readonly HashSet<string> AbstractLead = new(StringComparer.Ordinal)
    {
        "uphold", "upholding", "upholds", "promote", "promoting", "promotes", "pursue", "pursuing", "pursues", "through", "via", "by", "strengthen",
        "strengthening", "encourage", "encouraging", "deepen", "deepening", "support", "supporting", "favour", "favor", "prefer", "prefers", "and", "or",
        "more", "further", "enhance", "enhancing", "expand", "expanding", "political", "peaceful", "meaningful", "constructive", "than", "not", "no",
        "any", "such", "on", "about", "with", "to", "into", "is", "are", "was", "were", "be", "been", "without", "against", "whose", "which",
        "continue", "continued", "continuing", "regular", "frequent", "future",
    };

    private static DateMention? FirstRelativeDate(Document doc)
    {
        foreach (var s in doc.Sentences)
        {
            if (s.IsHeadline) continue;
            foreach (var d in DateResolver.Find(doc, s))
            {
                if (d.Relative && !d.Vague) return d;
            }
            if (s.Index > 3) break;
        }
        return null;
    }

    /// <summary>The countries of the sentence being built (one list per thread, cleared for each event).</summary>
    [ThreadStatic]
    private static List<string>? _countries;

    /// <param name="lastEventPersons">The persons of the last event with two or more, for "They ..." sentences.</param>
    private static Draft? Build(Document doc, Actors actors, Sentence s, int ti, int te, EventKind kind, List<DateMention> dates, Person? lastPerson, List<string> lastEventPersons)
    {
        var tokens = doc.Tokens;
        var people = actors.People;
        var participants = new List<string>();
        var (wFirst, wEnd) = Window(tokens, s, ti, te);
        // persons named in the clause (a pronoun subject before the trigger means the last person)
        var quotes = doc.Quotes;
        for (var i = wFirst; i < wEnd; i++)
        {
            var p = people.ByToken[i];
            if (p is null) continue;
            if (quotes.SpanOf[i] >= 0 && quotes.SpanOf[ti] < 0) continue;
            if (kind == EventKind.Visit && i > te && participants.Count > 0) continue;
            if (!participants.Contains(p.Name)) participants.Add(p.Name);
        }
        if (participants.Count == 0 && lastEventPersons.Count > 0)
        {
            // "They expressed pride in the ... Summit held today": the people of the last event
            var o = s.First;
            if (tokens[o].Is("the")) o++;
            if (o < s.End && (tokens[o].Is("two") || tokens[o].Is("both"))) o++;
            if (o < s.End && (tokens[o].Is("they") || tokens[o].Is("leaders") || tokens[o].Is("sides"))) participants.AddRange(lastEventPersons);
        }
        if (participants.Count == 0 && lastPerson is not null)
        {
            for (var i = s.First; i < ti; i++)
            {
                if (WordClasses.IsPersonPronoun(tokens[i]) && tokens[i].IsWord) { participants.Add(lastPerson.Name); break; }
            }
        }
        var persons = participants.Count;
        // countries: those named in the sentence outside persons' role phrases, and hyphenated compounds near the trigger
        var countries = _countries ??= new List<string>();
        countries.Clear();
        for (var i = wFirst; i < wEnd; i++)
        {
            var c = actors.CountryAt[i];
            if (c is not null)
            {
                if (IsInRole(tokens, people, i, s.End)) continue;
                if (actors.CountryMentionStart[i] == i && IsBareAdjective(tokens, i, s.End)) continue;
                if (!countries.Contains(c)) countries.Add(c);
                continue;
            }
            if (tokens[i].IsWord && tokens[i].Text.IndexOf('-') > 0 && Math.Abs(i - ti) <= 6)
            {
                foreach (var cc in tokens[i].Word.CompoundCountries)
                {
                    if (!countries.Contains(cc)) countries.Add(cc);
                }
            }
        }
        string? location = FindLocation(doc, actors, s, ti, te, kind, wFirst, wEnd, out var destination);
        if (kind == EventKind.Talks || kind == EventKind.Summit || persons == 0)
        {
            foreach (var c in countries)
            {
                if (location is not null && string.Equals(location, c, StringComparison.Ordinal) && kind != EventKind.Talks) continue;
                if (!participants.Contains(c)) participants.Add(c);
            }
        }
        if (kind == EventKind.Visit && destination is null && location is not null)
        {
            var lex = Lexicon.Instance;
            var bare = StripPlaceNouns(location);
            if (lex.Capitals.TryGetValue(bare, out var cap)) destination = cap;
            else if (lex.Places.TryGetValue(bare, out var pl) && pl.Length > 0) destination = pl;
            else if (lex.CountryNames.TryGetValue(bare, out var cn)) destination = cn;
        }
        if (kind == EventKind.Visit && destination is not null)
        {
            if (!participants.Contains(destination)) participants.Add(destination);
            // a visit's participants are the visitor and the host country, not everyone in the sentence
            if (persons > 0)
            {
                var kept = 0;
                for (var x = 0; x < participants.Count; x++)
                {
                    var p = participants[x];
                    if (!string.Equals(p, destination, StringComparison.Ordinal) && countries.Contains(p)) continue;
                    participants[kept++] = p;
                }
                participants.RemoveRange(kept, participants.Count - kept);
            }
        }
        var orphan = participants.Count == 0;

        // date: the mention nearest to the trigger, preferring one after it
        DateMention? best = null;
        var bestDist = int.MaxValue;
        foreach (var d in dates)
        {
            if (d.First < wFirst || d.End > wEnd) continue;
            if (AfterSince(tokens, s.First, d.First)) continue;
            if (InOtherRelativeClause(tokens, s, d.First, ti)) continue;
            var dist = d.First >= te ? d.First - te : (ti - d.End) + (d.First == s.First ? 2 : 8);
            if (dist > 20 && !(kind == EventKind.PressConference && dist < 60)) continue;
            if (dist < bestDist)
            {
                best = d;
                bestDist = dist;
            }
        }
        PartialDate? start = best?.Start;
        PartialDate? end = best?.Finish;
        var vagueDate = best?.Vague ?? false;
        if (best is null && doc.Published is not null && IsPresentAt(tokens, s, ti))
        {
            start = doc.Published;
            end = doc.Published;
        }
        // "five-day visit, which started Sunday" / "is expected to last for three days"
        if (best is not null && best.Start.HasDay && best.Start.Equals(best.Finish))
        {
            var len = DurationBefore(tokens, s.First, ti);
            if (len == 0) len = DurationAfter(tokens, te, s.End);
            if (len > 1)
            {
                var dt = best.Start.ToDateTime()!.Value.AddDays(len - 1);
                end = new PartialDate(dt.Year, dt.Month, dt.Day);
            }
        }
        if (location is null)
        {
            // "a Brussels summit", "a Commons debate", "his City of London speech"
            for (var k = Math.Max(s.First, ti - 4); k < ti; k++)
            {
                var pm = Gazetteer.Match(tokens, k, ti);
                if (pm.IsMatch && (pm.Kind == NameKind.Place || pm.Kind == NameKind.Capital) && k + pm.Length == ti)
                {
                    location = doc.Span(k, k + pm.Length);
                    break;
                }
                if (pm.IsMatch && pm.Kind == NameKind.Organization && pm.Value == "UK" && k + pm.Length == ti && tokens[k].Is("Commons"))
                {
                    location = tokens[k].Text;
                    break;
                }
            }
        }
        if (start is null && doc.Published is { } pubDate && !pubDate.HasDay && !DateResolver.IsFuture(tokens, s.First, s.End))
        {
            // a document known only to the month or year: an undated past event falls in it
            start = pubDate;
            end = pubDate;
            vagueDate = true;
        }
        if (start is null && location is null && !orphan && !IsMeetingLike(kind)) return null;
        var name = NameFor(doc, s, ti, te, kind, participants, location);
        var draft = new Draft(name, kind, s.Index, ti, participants) { Start = start, End = end, Location = location, VagueDate = vagueDate, RelativeDate = best?.Relative ?? false, Orphan = orphan };
        draft.Definite = ti > s.First && (tokens[ti - 1].Is("the") || tokens[ti - 1].Is("this") || tokens[ti - 1].Is("these") || tokens[ti - 1].Is("his") || tokens[ti - 1].Is("her") || tokens[ti - 1].Is("their"));
        return draft;
    }

    /// <summary>
    /// The part of the sentence an event's participants come from: without a closing attribution
    /// (", according to Lin", ", Lin said") unless the trigger is in it, and up to "while"/";".
    /// </summary>
    private static (int First, int End) Window(TokenList tokens, Sentence s, int ti, int te)
    {
        var first = s.First;
        var end = s.End;
        for (var i = te; i < s.End; i++)
        {
            if (tokens[i].Is("while") || tokens[i].Is("whereas") || tokens[i].Text == ";" || (tokens[i].Text == "," && i + 1 < s.End && (tokens[i + 1].Is("where") || tokens[i + 1].Is("while"))))
            {
                end = i;
                break;
            }
        }
        for (var i = end - 1; i > te; i--)
        {
            if (tokens[i].Text != ",") continue;
            var k = i + 1;
            if (k + 1 < end && tokens[k].Is("according") && tokens[k + 1].Is("to")) { end = i; break; }
            // ", Lin said" / ", he added" / ", said ..."
            var j = k;
            while (j < end && j < k + 4 && tokens[j].IsWord && !PeopleFinder.IsReportVerb(tokens[j])) j++;
            if (j < end && PeopleFinder.IsReportVerb(tokens[j]) && (j + 1 >= end || WordClasses.IsSentenceEnd(tokens[j + 1]) || tokens[j + 1].Is("at") || tokens[j + 1].Is("on"))) { end = i; break; }
        }
        for (var i = ti - 1; i > s.First; i--)
        {
            if (tokens[i].Is("while") || tokens[i].Text == ";" || (tokens[i].Is("where") && tokens[i - 1].Text == ",")) { first = i + 1; break; }
        }
        return (first, end);
    }

    /// <summary>"Chinese human rights experts": an adjective that does not name a side, government or delegation.</summary>
    private static bool IsBareAdjective(TokenList tokens, int i, int end)
    {
        var m = Gazetteer.Match(tokens, i, end);
        if (m.Kind != NameKind.CountryAdjective) return false;
        var k = i + m.Length;
        if (k >= end) return true;
        var n = tokens[k];
        return !(n.Is("side") || n.Is("government") || n.Is("delegation") || n.Is("officials") || n.Is("leaders") || n.Is("authorities") || n.Is("counterparts")
                 || n.Is("embassy") || n.Is("team") || n.Is("negotiators") || n.Is("ministers") || n.IsCap);
    }

    private static bool IsInRole(TokenList tokens, PeopleIndex people, int i, int end)
    {
        // "Chinese President Hu Jintao": the adjective belongs to the person's title
        for (var k = i + 1; k < end && k <= i + 6; k++)
        {
            if (people.ByToken[k] is not null) return true;
            var t = tokens[k];
            if (!(t.IsWord && (t.IsCap || RoleParser.IsRoleWord(t)))) return false;
        }
        return false;
    }

    private static bool IsPresentAt(TokenList tokens, Sentence s, int ti)
    {
        // "is at a summit in Brussels", "is in Hanoi for a state visit", "are holding talks"
        for (var i = s.First; i < ti; i++)
        {
            var t = tokens[i];
            if ((t.Is("is") || t.Is("are")) && i + 1 < s.End && (tokens[i + 1].Is("in") || tokens[i + 1].Is("at") || tokens[i + 1].Is("holding") || tokens[i + 1].Is("meeting") || tokens[i + 1].Is("visiting") || tokens[i + 1].Is("attending"))) return true;
        }
        return false;
    }

    private static bool IsMeetingLike(EventKind kind) => kind == EventKind.Meeting || kind == EventKind.PressConference || kind == EventKind.Talks;

    /// <summary>"Ciampi, who arrived ... on Monday for a state visit, told a news conference": the date belongs to the relative clause.</summary>
    private static bool InOtherRelativeClause(TokenList tokens, Sentence s, int at, int ti)
    {
        var open = -1;
        for (var k = at; k > s.First && k > at - 16; k--)
        {
            if (tokens[k].Text == "," && k + 1 < s.End && (tokens[k + 1].Is("who") || tokens[k + 1].Is("which") || tokens[k + 1].Is("where")))
            {
                open = k;
                break;
            }
            if (tokens[k].Text == ",") return false;
        }
        if (open < 0) return false;
        var close = at;
        while (close < s.End && tokens[close].Text != ",") close++;
        return !(ti > open && ti < close);
    }

    /// <summary>True when "since" opens the clause the date is in ("since Paris and Beijing established relations in 1964").</summary>
    private static bool AfterSince(TokenList tokens, int first, int at)
    {
        for (var k = at; k >= first && k > at - 9; k--)
        {
            if (tokens[k].Is("since") || tokens[k].Is("unlike") || tokens[k].Is("than")) return true;
            if (tokens[k].Text == "," || tokens[k].Text == ";") return false;
        }
        return false;
    }

    private static int DurationAfter(TokenList tokens, int te, int end)
    {
        for (var i = te; i + 3 < end; i++)
        {
            if (!(tokens[i].Is("last") || tokens[i].Is("lasts"))) continue;
            var k = i + 1;
            if (tokens[k].Is("for")) k++;
            if (k + 1 < end && (tokens[k + 1].Is("days") || tokens[k + 1].Is("day")))
            {
                var n = NumberWord(tokens[k].Lower);
                if (n > 0) return n;
            }
        }
        return 0;
    }

    private static int NumberWord(string w)
    {
        switch (w)
        {
            case "two": return 2;
            case "three": return 3;
            case "four": return 4;
            case "five": return 5;
            case "six": return 6;
            case "seven": return 7;
            default:
                return int.TryParse(w, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0 && n < 60 ? n : 0;
        }
    }

    private static int DurationBefore(TokenList tokens, int first, int ti)
    {
        for (var i = Math.Max(first, ti - 3); i < ti; i++)
        {
            var w = tokens[i].Lower;
            var dash = w.IndexOf("-day", StringComparison.Ordinal);
            if (dash <= 0) continue;
            var n = NumberWord(w.Substring(0, dash));
            if (n > 0) return n;
        }
        return 0;
    }

    private static string? FindLocation(Document doc, Actors actors, Sentence s, int ti, int te, EventKind kind, int wFirst, int wEnd, out string? destination)
    {
        var tokens = doc.Tokens;
        destination = null;
        string? best = null;
        var bestDist = int.MaxValue;
        for (var i = wFirst; i < wEnd; i++)
        {
            var t = tokens[i];
            var isTo = t.Is("to") || ((t.Is("visited") || t.Is("visit") || t.Is("visits") || t.Is("visiting")) && i >= ti && i < te && kind == EventKind.Visit) || t.Is("visiting") || (t.Is("of") && i == te && (tokens[ti].Is("tour") || tokens[ti].Is("trip")));
            if (!(t.Is("in") || t.Is("at") || isTo) || i + 1 >= s.End) continue;
            if (t.Is("to") && kind != EventKind.Visit) continue;
            if (i < ti && ti - i > 16 && !isTo && i != s.First) continue;
            if (i > te + 12) continue;
            var k = i + 1;
            if (tokens[k].Is("the")) k++;
            if (k >= s.End) continue;
            // "in the Turkish capital Ankara"
            var k2 = k;
            var adj = Gazetteer.Match(tokens, k2, s.End);
            if (adj.IsMatch && adj.Kind == NameKind.CountryAdjective) k2 += adj.Length;
            if (k2 < s.End && (tokens[k2].Is("capital") || tokens[k2].Is("city") || tokens[k2].Is("town") || tokens[k2].Is("port")) && k2 + 1 < s.End)
            {
                k2++;
                if (tokens[k2].Is("of") && k2 + 1 < s.End) k2++;
                if (tokens[k2].IsCap) k = k2;
            }
            var m = Gazetteer.Match(tokens, k, s.End);
            string? place = null;
            string? country = null;
            if (m.IsMatch && m.Kind == NameKind.Organization && Lexicon.Instance.Places.ContainsKey(m.Written))
            {
                place = doc.Span(k, k + m.Length);
            }
            else if (m.IsMatch && m.Kind != NameKind.Organization && m.Kind != NameKind.CountryAdjective)
            {
                // "Xizang Autonomous Region", "Henan Province"
                var pe = k + m.Length;
                while (pe < s.End && tokens[pe].IsCap && PlaceNouns.Contains(tokens[pe].Text)) pe++;
                place = doc.Span(k, pe);
                country = m.Kind == NameKind.Place ? null : m.Value;
            }
            else if (tokens[k].IsCap && tokens[k].IsWord && !WordClasses.IsFunctionWord(tokens[k]) && WordClasses.Month(tokens[k]) == 0 && WordClasses.Weekday(tokens[k]) < 0
                     && actors.People.ByToken[k] is null && (t.Is("in") || t.Is("to")))
            {
                var e = k;
                while (e < s.End && e - k < 5 && tokens[e].IsWord && (tokens[e].IsCap || (tokens[e].Is("of") && e + 1 < s.End && tokens[e + 1].IsCap))) e++;
                // "in Beijing" style single names, or "Xizang Autonomous Region"; not organisations
                var phrase = doc.Span(k, e);
                if (e > k && !ContainsOrgWord(tokens, k, e) && !ContainsTrigger(tokens, k, e) && Gazetteer.Match(tokens, k, e).Kind != NameKind.CountryAdjective) place = phrase;
            }
            else if (t.Is("at") && tokens[k].Kind == TokenKind.Number && k + 2 < s.End && tokens[k + 1].IsCap)
            {
                // "at 10 Downing Street"
                var e = k + 1;
                while (e < s.End && e - k < 5 && tokens[e].IsWord && tokens[e].IsCap) e++;
                place = doc.Span(k, e);
            }
            if (place is null) continue;
            var dist = i >= te ? i - te : (ti - i) + (i == s.First ? 4 : 12);
            if (isTo && kind == EventKind.Visit) dist -= 10;
            if (dist < bestDist)
            {
                bestDist = dist;
                best = place;
                destination = isTo && kind == EventKind.Visit ? country : null;
            }
        }
        return best;
    }

    private static readonly HashSet<string> PlaceNouns = new(StringComparer.Ordinal)
    {
        "Autonomous", "Region", "Province", "Special", "Administrative", "City", "County", "State", "District", "Prefecture", "Island", "Islands", "Territory",
    };

    /// <summary>"Xizang Autonomous Region" -> "Xizang".</summary>
    private static string StripPlaceNouns(string place)
    {
        var s = place;
        while (true)
        {
            var sp = s.LastIndexOf(' ');
            if (sp <= 0 || !PlaceNouns.Contains(s.Substring(sp + 1))) return s;
            s = s.Substring(0, sp);
        }
    }

    private static bool ContainsTrigger(TokenList tokens, int k, int e)
    {
        for (var i = k; i < e; i++)
        {
            if (tokens[i].Word.Facts.Triggers is not null) return true;
        }
        return false;
    }

    private static bool ContainsOrgWord(TokenList tokens, int k, int e)
    {
        for (var i = k; i < e; i++)
        {
            if (tokens[i].Word.Facts.IsOrgWord && !tokens[i].Is("house")) return true;
        }
        return false;
    }

    private static string NameFor(Document doc, Sentence s, int ti, int te, EventKind kind, List<string> participants, string? location)
    {
        var tokens = doc.Tokens;
        var t = tokens[ti];
        if (t.Is("met") || t.Is("meet") || t.Is("meets") || t.Is("visited") || t.Is("visiting") || t.Is("signed") || t.Is("traveled") || t.Is("travelled") || t.Is("spoke"))
        {
            var what = kind switch
            {
                EventKind.Meeting => "meeting of ",
                EventKind.Visit => "visit of ",
                EventKind.Signing => "signing by ",
                EventKind.Call => "call between ",
                _ => "event of ",
            };
            var name = what + string.Join(" and ", participants);
            if (location is not null && kind == EventKind.Visit) name += " to " + location;
            return name;
        }
        // noun phrase: modifiers before the trigger, the trigger, and "on/of/with ..." after it
        var a = ti;
        while (a - 1 >= s.First && ti - a < 7)
        {
            var p = tokens[a - 1];
            if (p.Is("the") || p.Is("a") || p.Is("an") || p.Is("that") || p.Is("this") || p.Is("these") || p.Is("those") || p.Is("his") || p.Is("her") || p.Is("their") || p.Is("its") || p.Kind == TokenKind.Punct || p.Kind == TokenKind.Quote) break;
            if (p.IsWord && (p.IsCap || NounLead.Contains(p.Lower) || p.Text.IndexOf('-') > 0 || p.Lower.EndsWith("al", StringComparison.Ordinal) || p.Is("round") || p.Is("rounds")) && !p.Is("in") && !p.Is("for") && !p.Is("at") && !p.Is("during") && !p.Is("before") && !p.Is("after"))
            {
                a--;
                continue;
            }
            if (p.Kind == TokenKind.Number) { a--; continue; }
            break;
        }
        var b = te;
        if (b + 1 < s.End && (tokens[b].Is("on") || tokens[b].Is("of") || tokens[b].Is("with") || tokens[b].Is("between")))
        {
            var e = b + 1;
            while (e < s.End && e - b < 8 && tokens[e].Kind != TokenKind.Punct && tokens[e].Kind != TokenKind.Quote && !tokens[e].Is("in") && !tokens[e].Is("on") && !tokens[e].Is("at")
                   && !tokens[e].Is("which") && !tokens[e].Is("that") && !tokens[e].Is("who") && WordClasses.Weekday(tokens[e]) < 0 && !tokens[e].Is("to") && !tokens[e].Is("for")
                   && !tokens[e].Is("said") && !tokens[e].Is("and") && !tokens[e].Is("before") && !tokens[e].Is("after"))
            {
                // a following verb ends the name: "talks with Ankara came despite ..."
                if (e > b + 1 && tokens[e].IsWord && !tokens[e].IsCap && (tokens[e].Lower.EndsWith("ed", StringComparison.Ordinal) || tokens[e].Is("came") || tokens[e].Is("was") || tokens[e].Is("were")
                    || tokens[e].Is("is") || tokens[e].Is("are") || tokens[e].Is("will") || tokens[e].Is("would") || tokens[e].Is("has") || tokens[e].Is("had"))) break;
                e++;
            }
            if (e > b + 1) b = e;
        }
        var text = doc.Span(a, b);
        if (kind == EventKind.Visit && location is not null && text.IndexOf(location, StringComparison.Ordinal) < 0) text += " to " + location;
        if (participants.Count > 0 && (kind == EventKind.Meeting || kind == EventKind.PressConference || kind == EventKind.Call || kind == EventKind.Speech || kind == EventKind.Visit)
            && !MentionsName(text, participants[0]))
        {
            text = participants[0] + " " + text;
        }
        return text;
    }

    private static bool MentionsName(string text, string name)
    {
        foreach (var part in name.Split(' '))
        {
            if (part.Length > 2 && text.IndexOf(part, StringComparison.Ordinal) >= 0) return true;
        }
        return false;
    }

    private static List<SeedEvent> Merge(Document doc, List<Draft> drafts)
    {
        // events of one sentence without a place take a sibling's ("a visit to Taiwan in which he is to meet ...");
        // drafts are in sentence order, so a sentence's drafts are one run of the list and only that run is searched
        var runStart = 0;
        for (var x = 0; x < drafts.Count; x++)
        {
            var d = drafts[x];
            if (drafts[runStart].Sentence != d.Sentence) runStart = x;
            if (d.Location is not null) continue;
            for (var y = runStart; y < drafts.Count && drafts[y].Sentence == d.Sentence; y++)
            {
                var o = drafts[y];
                if (o.Location is not null && !ReferenceEquals(o, d) && o.Kind == EventKind.Visit)
                {
                    d.Location = o.Location;
                    break;
                }
            }
        }
        var kept = new List<Draft>();
        foreach (var d in drafts)
        {
            Draft? same = null;
            for (var ki = Math.Max(0, kept.Count - MergeWindow); ki < kept.Count; ki++)
            {
                var k = kept[ki];
                if (k.Kind != d.Kind) continue;
                var overlap = EventNameWords.Overlap(k.Words, d.Words);
                var sameName = overlap >= 0.99 && d.Words.Count >= 2 && (d.Kind == EventKind.Talks || d.Kind == EventKind.Summit);
                var datesAgree = d.Start is null || k.Start is null || d.VagueDate || k.VagueDate || Overlaps(k, d) || sameName;
                if (!datesAgree) continue;
                if (overlap >= 0.5 || (d.Definite && (d.Start is null || d.VagueDate || d.IsBare)) || (d.IsGeneric && (d.Start is null || d.VagueDate || Overlaps(k, d))) || (SameParticipants(k, d) && (overlap > 0 || d.Definite) && (d.Start is null || k.Start is null || Overlaps(k, d))))
                {
                    same = k;
                    break;
                }
            }
            if (same is null && d.IsGeneric)
            {
                // "X and Y discussed ... continued discussions on ...": part of the call or meeting already found
                for (var ki = Math.Max(0, kept.Count - MergeWindow); ki < kept.Count; ki++)
                {
                    var k = kept[ki];
                    if (k.Kind != d.Kind && SamePersons(k, d) && Overlaps(k, d))
                    {
                        same = k;
                        break;
                    }
                }
            }
            if (same is null)
            {
                if (!d.Orphan) kept.Add(d);
                continue;
            }
            if (same.Start is null || (same.VagueDate && d.Start is not null && !d.VagueDate) || (same.RelativeDate && d.Start is not null && !d.RelativeDate && !d.VagueDate))
            {
                same.RelativeDate = d.RelativeDate;
                same.Start = d.Start;
                same.End = d.End;
                same.VagueDate = d.VagueDate;
            }
            same.Location ??= d.Location;
            foreach (var p in d.Participants)
            {
                if (!same.Participants.Contains(p)) same.Participants.Add(p);
            }
        }
        var result = new List<SeedEvent>(kept.Count);
        foreach (var d in kept)
        {
            var s = doc.Sentences[d.Sentence];
            result.Add(new SeedEvent(d.Name, d.Kind, d.Start, d.End ?? d.Start, d.Location, d.Participants.ToEquatableArray(), doc.EvidenceFor(s)));
        }
        return result;
    }

    /// <summary>How many earlier events a new mention is compared with (keeps merging linear on long inputs).</summary>
    private const int MergeWindow = 64;

    private static bool IsGeneric(Draft d)
    {
        if (d.Kind != EventKind.Talks && d.Kind != EventKind.Meeting) return false;
        var n = Word.LowerInvariant(d.Name);
        return (n.Contains("discussion") || n.Contains("consultation") || n.Contains("negotiation") || d.IsBare);
    }

    private static bool SamePersons(Draft a, Draft b)
    {
        var n = 0;
        foreach (var p in b.Participants)
        {
            if (a.Participants.Contains(p)) n++;
        }
        return n >= 2 || (n >= 1 && b.Participants.Count == 1);
    }


    private static bool Overlaps(Draft a, Draft b)
    {
        if (a.Start is null || b.Start is null) return true;
        var a0 = a.Start.Value;
        var a1 = a.End ?? a0;
        var b0 = b.Start.Value;
        var b1 = b.End ?? b0;
        return Contains(a0, a1, b0) || Contains(b0, b1, a0);
    }

    private static bool Contains(PartialDate lo, PartialDate hi, PartialDate x)
    {
        static bool Le(PartialDate p, PartialDate q)
        {
            if (p.Year != q.Year) return p.Year < q.Year;
            if (!p.HasMonth || !q.HasMonth) return true;
            if (p.Month != q.Month) return p.Month < q.Month;
            if (!p.HasDay || !q.HasDay) return true;
            return p.Day <= q.Day;
        }
        return Le(lo, x) && Le(x, hi);
    }

    private static bool SameParticipants(Draft a, Draft b)
    {
        if (a.Participants.Count != b.Participants.Count) return false;
        foreach (var p in a.Participants)
        {
            if (!b.Participants.Contains(p)) return false;
        }
        return true;
    }
}
