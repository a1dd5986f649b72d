using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;

namespace SeedGen.Extraction;

/// <summary>The people of a document and, per token, the person a name mention refers to.</summary>
internal sealed class PeopleIndex
{
    public PeopleIndex(TokenScratch scratch, int tokenCount)
    {
        ByToken = scratch.People(tokenCount);
        _mentionStarts = scratch.MentionStarts(tokenCount);
    }

    /// <summary>Per token, one more than the first token of its mention (0: not in a mention).</summary>
    private readonly int[] _mentionStarts;

    public List<Person> People { get; } = new();

    /// <summary>For each token inside a name mention ("Lin", "Mr Straw", "Secretary Blinken"), its person.</summary>
    public Person?[] ByToken { get; }

    /// <summary>For a token inside a mention, the index of the mention's first token.</summary>
    public bool TryGetMentionStart(int token, out int start)
    {
        start = _mentionStarts[token] - 1;
        return start >= 0;
    }

    public void SetMentionStart(int token, int start) => _mentionStarts[token] = start + 1;
}

/// <summary>
/// Finds persons by their names and the roles the text gives them: a role before the name
/// ("Foreign Ministry spokesperson Lin Jian"), after it ("Shen Bo, Director General of ..."),
/// an honorific ("Mr Straw"), or a reporting verb ("Gordon Brown has said"). Surname mentions
/// ("Lin said") and definite descriptions ("The chancellor") are resolved to the person.
/// </summary>
internal static class PeopleFinder
{
    private sealed class Run
    {
        public Run(Sentence sentence, int first, int end)
        {
            Sentence = sentence;
            First = first;
            End = end;
        }

        public Sentence Sentence { get; }

        public int First { get; }

        public int End { get; }

        /// <summary>First token of the whole mention (honorific or title included).</summary>
        public int MentionFirst { get; set; }

        public Role? Role { get; set; }

        public int RoleSentenceIndex { get; set; }

        public bool Anchored { get; set; }

        public bool TitleAdjacent { get; set; }

        public string? CountryAfter { get; set; }

        /// <summary>"adviser to President Bush": the token of the person whose country this one shares.</summary>
        public int ServesToken { get; set; } = -1;

        public (string Name, string Key, string[] Parts)? Name { get; set; }
    }

    private static (string Name, string Key, string[] Parts) NameOfRun(TokenList tokens, Run r)
    {
        r.Name ??= NameOf(tokens, r.First, r.End);
        return r.Name.Value;
    }

    public static PeopleIndex Find(Document doc, CancellationToken ct)
    {
        var tokens = doc.Tokens;
        var index = new PeopleIndex(doc.Scratch, tokens.Count);
        var runs = new List<Run>();
        foreach (var s in doc.Sentences)
        {
            ct.ThrowIfCancellationRequested();
            FindRuns(doc, s, runs);
        }

        var byKey = doc.Scratch.PeopleByKey();
        var words = doc.Scratch.PeopleByWord();
        // 1. full names (two words or more) with an anchor
        foreach (var r in runs)
        {
            if (!r.Anchored || CountNameWords(tokens, r) < 2) continue;
            var (name, key, parts) = NameOfRun(tokens, r);
            if (!byKey.TryGetValue(key, out var p))
            {
                p = FindByParts(words, parts);
                if (p is null)
                {
                    p = new Person(name, key, parts, r.First, r.Sentence);
                    index.People.Add(p);
                    Register(words, p);
                }
                byKey[key] = p;
            }
            if (name.Length > p.Name.Length && string.Equals(p.Key, key, StringComparison.Ordinal)) p.Name = name;
            Attach(doc, p, r);
        }
        // 2. other runs: surnames and unanchored full names of known persons; titled single names
        foreach (var r in runs)
        {
            if (r.Anchored && CountNameWords(tokens, r) >= 2) continue;
            var (name, key, parts) = NameOfRun(tokens, r);
            var p = byKey.TryGetValue(key, out var known) ? known : FindByParts(words, parts);
            if (p is null && r.Anchored && parts.Length == 1 && (r.TitleAdjacent || r.Role is not null || RoleParser.IsHonorific(tokens[r.MentionFirst])))
            {
                p = new Person(name, key, parts, r.First, r.Sentence);
                index.People.Add(p);
                Register(words, p);
                byKey[key] = p;
            }
            if (p is null) continue;
            Attach(doc, p, r);
        }
        index.People.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
        foreach (var p in index.People)
        {
            p.MentionTokens.Sort();
        }
        // "President Bush" ... "George Bush": a longer unanchored form names a single-name person in full
        foreach (var r in runs)
        {
            if (r.Anchored || CountNameWords(tokens, r) < 2) continue;
            var (name, key, parts) = NameOfRun(tokens, r);
            if (parts.Length > 3 || !words.TryGetValue(parts[parts.Length - 1], out var holders)) continue;
            foreach (var p in holders)
            {
                if (p.Parts.Length == 1 && string.Equals(parts[parts.Length - 1], p.Parts[0], StringComparison.Ordinal))
                {
                    byKey[key] = p;
                    p.Name = name;
                    p.Key = key;
                    p.Parts = parts;
                    Register(words, p);
                    break;
                }
            }
        }
        foreach (var r in runs)
        {
            var (_, key, parts) = NameOfRun(tokens, r);
            var p = byKey.TryGetValue(key, out var known) ? known : FindByParts(words, parts);
            if (p is null) continue;
            for (var i = r.MentionFirst; i < r.End; i++)
            {
                if (index.ByToken[i] is null)
                {
                    index.ByToken[i] = p;
                    index.SetMentionStart(i, r.MentionFirst);
                }
            }
        }
        DefiniteDescriptions.Resolve(doc, index, ct);
        DefiniteDescriptions.ResolveRoleThenName(doc, index);
        ResolveCounterparts(index);
        foreach (var p in index.People)
        {
            if (p.Country is null && p.ServesToken >= 0 && index.ByToken[p.ServesToken] is { } master && !ReferenceEquals(master, p)) p.Country = master.Country;
        }
        return index;
    }

    private static void Attach(Document doc, Person p, Run r)
    {
        p.MentionTokens.Add(r.MentionFirst);

        if (r.Role is not null && (!p.HasRole || (p.NonOfficial && !r.Role.NonOfficial)))
        {
            p.Title = r.Role.Title;
            p.Organization = r.Role.Organization;
            p.Country = r.Role.Country ?? r.CountryAfter;
            p.NonOfficial = r.Role.NonOfficial;
            p.RoleSentence = doc.Sentences[r.RoleSentenceIndex];
        }
        else if (r.Role is not null && p.Country is null)
        {
            p.Country = r.Role.Country ?? r.CountryAfter;
        }
        if (p.Country is null && r.CountryAfter is not null) p.Country = r.CountryAfter;
        if (r.ServesToken >= 0 && p.ServesToken < 0) p.ServesToken = r.ServesToken;
    }

    /// <summary>"his Afghan counterpart, X": X holds the same office as the person named just before.</summary>
    private static void ResolveCounterparts(PeopleIndex index)
    {
        foreach (var p in index.People)
        {
            if (p.Title is null || !p.Title.EndsWith("counterpart", StringComparison.OrdinalIgnoreCase) || p.MentionTokens.Count == 0) continue;
            var at = p.MentionTokens[0];
            for (var i = at - 1; i >= 0 && i > at - 60; i--)
            {
                var q = index.ByToken[i];
                if (q is null || ReferenceEquals(q, p) || q.Title is null || q.Title.EndsWith("counterpart", StringComparison.OrdinalIgnoreCase)) continue;
                p.Title = q.Title;
                p.Organization = q.Organization;
                break;
            }
        }
    }

    private static int CountNameWords(TokenList tokens, Run r)
    {
        var n = 0;
        for (var i = r.First; i < r.End; i++)
        {
            if (!IsInitial(tokens[i]) && tokens[i].IsCap) n++;
        }
        return n;
    }

    private static bool IsInitial(Token t) => t.IsWord && t.IsCap && (t.Text.Length == 1 || (t.Text.Length == 2 && t.Text[1] == '.'));

    private static (string Name, string Key, string[] Parts) NameOf(TokenList tokens, int first, int end)
    {
        var (name, key, parts) = NameCore(tokens, first, end);
        // "Joseph R. Biden, Jr."
        if (end + 1 < tokens.Count && tokens[end].Text == "," && (tokens[end + 1].Text == "Jr." || tokens[end + 1].Text == "Jr" || tokens[end + 1].Text == "Sr." || tokens[end + 1].Text == "Sr"))
        {
            name += ", " + tokens[end + 1].Text;
        }
        return (name, key, parts);
    }

    /// <summary>
    /// The name (tokens joined by single spaces), its key (the same without initials) and the key's words.
    /// The key is the name itself when there are no initials, and a one-word name is the token's own text.
    /// </summary>
    private static (string Name, string Key, string[] Parts) NameCore(TokenList tokens, int first, int end)
    {
        var partCount = 0;
        for (var i = first; i < end; i++)
        {
            if (!IsInitial(tokens[i])) partCount++;
        }
        if (partCount == 1 && end - first == 1) return (tokens[first].Text, tokens[first].Text, tokens[first].Word.AsNameParts);
        var parts = partCount == 0 ? Array.Empty<string>() : new string[partCount];
        var p = 0;
        for (var i = first; i < end; i++)
        {
            if (!IsInitial(tokens[i])) parts[p++] = tokens[i].Text;
        }
        var name = Join(tokens, first, end, includeInitials: true);
        var key = partCount == end - first ? name : Join(tokens, first, end, includeInitials: false);
        return (name, key, parts);
    }

    [ThreadStatic]
    private static char[]? _nameBuffer;

    /// <summary>Tokens [first, end) joined by single spaces (without initials unless <paramref name="includeInitials"/>).</summary>
    private static string Join(TokenList tokens, int first, int end, bool includeInitials)
    {
        var length = 0;
        var count = 0;
        var only = string.Empty;
        for (var i = first; i < end; i++)
        {
            if (!includeInitials && IsInitial(tokens[i])) continue;
            if (count > 0) length++;
            only = tokens[i].Text;
            length += only.Length;
            count++;
        }
        if (count <= 1) return only;
        var buffer = _nameBuffer;
        if (buffer is null || buffer.Length < length) _nameBuffer = buffer = new char[Math.Max(length, 128)];
        var at = 0;
        for (var i = first; i < end; i++)
        {
            if (!includeInitials && IsInitial(tokens[i])) continue;
            if (at > 0) buffer[at++] = ' ';
            var text = tokens[i].Text;
            text.CopyTo(0, buffer, at, text.Length);
            at += text.Length;
        }
        return new string(buffer, 0, length);
    }

    /// <summary>Indexes a person under each word of the name, for <see cref="FindByParts"/>.</summary>
    private static void Register(Dictionary<string, List<Person>> words, Person p)
    {
        foreach (var w in p.Parts)
        {
            if (!words.TryGetValue(w, out var list)) words[w] = list = new List<Person>(1);
            if (!list.Contains(p)) list.Add(p);
        }
    }

    private static readonly List<Person> NoPeople = new();

    /// <summary>A known person whose name starts or ends with <paramref name="parts"/> (surname or family name mentions).</summary>
    private static Person? FindByParts(Dictionary<string, List<Person>> words, string[] parts)
    {
        if (parts.Length == 0) return null;
        Person? byLast = null;
        Person? byFirst = null;
        var lastList = words.TryGetValue(parts[parts.Length - 1], out var l1) ? l1 : NoPeople;
        var firstList = words.TryGetValue(parts[0], out var l2) ? l2 : NoPeople;
        foreach (var p in lastList)
        {
            if (p.Parts.Length <= parts.Length) continue;
            if (EndsWith(p.Parts, parts)) { byLast = p; break; }
        }
        foreach (var p in firstList)
        {
            if (byLast is not null || parts.Length != 1) break;
            if (p.Parts.Length <= parts.Length) continue;
            if (StartsWith(p.Parts, parts)) { byFirst = p; break; }
        }
        var people = lastList;
        if (byLast is null && byFirst is null && parts.Length == 1 && parts[0].Length >= 3)
        {
            Person? middle = null;
            foreach (var p in people)
            {
                if (p.Parts.Length < 3) continue;
                if (Array.IndexOf(p.Parts, parts[0]) < 0) continue;
                if (middle is not null) return null;
                middle = p;
            }
            return middle;
        }
        return byLast ?? byFirst;
    }

    private static bool EndsWith(string[] whole, string[] tail)
    {
        var off = whole.Length - tail.Length;
        for (var i = 0; i < tail.Length; i++)
        {
            if (!string.Equals(whole[off + i], tail[i], StringComparison.Ordinal)) return false;
        }
        return true;
    }

    private static bool StartsWith(string[] whole, string[] head)
    {
        for (var i = 0; i < head.Length; i++)
        {
            if (!string.Equals(whole[i], head[i], StringComparison.Ordinal)) return false;
        }
        return true;
    }

    /// <summary>True when the token can be part of a person's name.</summary>
    public static bool ComputeIsNameWord(TokenList tokens, int i)
    {
        var t = tokens[i];
        if (!t.IsWord || !t.IsCap) return false;
        var facts = t.Word.Facts;
        if (!facts.IsNameWordAlone) return false;
        // the first word of a longer gazetteer name ("New Zealand") is not a name word there
        if (facts.Phrases is not null)
        {
            var m = Gazetteer.Match(tokens, i, tokens.Count);
            if (m.IsMatch && m.Length > 1) return false;
        }
        return true;
    }

    /// <summary>The tests of <see cref="ComputeIsNameWord"/> on the word alone, for a capitalised word (computed once per word, <see cref="WordFacts"/>).</summary>
    public static bool IsNameWordAlone(Word word, WordFacts facts)
    {
        var text = word.Text;
        if (text == "'s") return false;
        if (facts.IsFunctionWord || facts.Month > 0 || facts.Weekday >= 0) return false;
        if (facts.IsRoleWord || facts.IsHonorificText) return false;
        if (WordClasses.IsAcronym(text) && !(text.Length == 1 || (text.Length == 2 && text[1] == '.'))) return false;
        // in one of the name lexicons (countries, adjectives, capitals, places, organisations)
        if (facts.SingleName.IsMatch) return false;
        if (text.IndexOf('-') > 0 && word.CompoundCountries.Count > 0) return false;
        return true;
    }

    private static void FindRuns(Document doc, Sentence s, List<Run> runs)
    {
        var tokens = doc.Tokens;
        var i = s.First;
        while (i < s.End)
        {
            if (!doc.IsNameWord(i) || IsInitial(tokens[i]))
            {
                i++;
                continue;
            }
            var j = i + 1;
            while (j < s.End && j - i < 5)
            {
                if (doc.IsNameWord(j))
                {
                    j++;
                    continue;
                }
                if (WordClasses.IsNameParticle(tokens[j]) && j + 1 < s.End && doc.IsNameWord(j + 1))
                {
                    j += 2;
                    continue;
                }
                if (WordClasses.IsHyphenParticleName(tokens[j]))
                {
                    j++;
                    continue;
                }
                break;
            }
            // a run inside a larger gazetteer phrase ("Washington, D.C.") was excluded by IsNameWord
            var run = new Run(s, i, j) { MentionFirst = i };
            Classify(doc, s, run);
            runs.Add(run);
            i = j;
        }
    }

    private static void Classify(Document doc, Sentence s, Run r)
    {
        var tokens = doc.Tokens;
        var before = r.First - 1;
        if (before >= s.First && RoleParser.IsHonorific(tokens[before]))
        {
            r.Anchored = true;
            r.MentionFirst = before;
            before--;
        }
        // role before the name
        if (before >= s.First && RoleParser.IsRoleWord(tokens[before]))
        {
            var start = RoleParser.ScanBack(tokens, s.First, before);
            if (start >= 0)
            {
                var role = RoleParser.Parse(doc, start, before + 1);
                if (role is not null)
                {
                    r.Role = role;
                    r.RoleSentenceIndex = s.Index;
                    r.Anchored = true;
                    if (RoleParser.IsTitleWord(tokens[before]) && tokens[before].IsCap)
                    {
                        r.TitleAdjacent = true;
                        r.MentionFirst = Math.Min(r.MentionFirst, TitleStart(tokens, s.First, before));
                    }
                    else if (RoleParser.IsTitleWord(tokens[before]))
                    {
                        r.TitleAdjacent = true;
                    }
                }
            }
        }
        if (r.Role is not null && r.Role.Country is null)
        {
            // "Chinese President Jiang Zemin and Prime Minister Li Peng": the second title shares the first's country
            var start = RoleParser.ScanBack(tokens, s.First, before);
            if (start - 2 >= s.First && tokens[start - 1].Is("and") && doc.IsNameWord(start - 2))
            {
                var k = start - 2;
                while (k > s.First && doc.IsNameWord(k - 1)) k--;
                if (k - 1 >= s.First && RoleParser.IsRoleWord(tokens[k - 1]))
                {
                    var prevStart = RoleParser.ScanBack(tokens, s.First, k - 1);
                    var prevRole = prevStart >= 0 ? RoleParser.Parse(doc, prevStart, k) : null;
                    if (prevRole?.Country is not null) r.CountryAfter = prevRole.Country;
                }
            }
        }
        if (r.Role is null && before >= s.First && tokens[before].IsCap)
        {
            // "Conservative Graham Brady": a party or body without a title gives the country only
            var m = Gazetteer.Match(tokens, before, before + 1);
            if (m.IsMatch && m.Kind == NameKind.Organization && m.Value.Length > 0) r.CountryAfter = m.Value;
        }
        // "<role>, NAME" ("his Afghan counterpart, Rangeen Dadfar Spanta")
        if (r.Role is null && before - 1 >= s.First && tokens[before].Text == "," && RoleParser.IsTitleWord(tokens[before - 1]))
        {
            var start = RoleParser.ScanBack(tokens, s.First, before - 1);
            if (start >= 0)
            {
                var role = RoleParser.Parse(doc, start, before);
                if (role is not null)
                {
                    r.Role = role;
                    r.RoleSentenceIndex = s.Index;
                    r.Anchored = true;
                }
            }
        }
        var after = r.End;
        // "of India"
        if (after + 1 < s.End && tokens[after].Is("of"))
        {
            var m = Gazetteer.Match(tokens, after + 1, s.End);
            if (m.IsMatch && m.Kind == NameKind.Country) r.CountryAfter = m.Value;
        }
        // role after the name: ", head of the DPRK delegation," / ", a spokesman"
        if (r.Role is null && after < s.End && tokens[after].Text == ",")
        {
            var k = after + 1;
            while (k < s.End && (tokens[k].Is("a") || tokens[k].Is("an") || tokens[k].Is("the") || tokens[k].Is("who") || tokens[k].Is("is") || tokens[k].Is("was")
                || tokens[k].Is("now") || tokens[k].Is("then"))) k++;
            var e = k;
            while (e < s.End && e - k < 16 && tokens[e].Text != "," && tokens[e].Kind != TokenKind.Quote && !WordClasses.IsSentenceEnd(tokens[e])
                && !IsVerbish(tokens[e]))
            {
                e++;
            }
            var headAt = -1;
            for (var q = k; q < e && q < k + 6; q++)
            {
                if (RoleParser.IsTitleWord(tokens[q]) || tokens[q].Word.Facts.IsNonOfficialRole) { headAt = q; break; }
                if (!(tokens[q].IsCap || RoleParser.IsRoleWord(tokens[q]) || tokens[q].Is("top") || tokens[q].Is("senior"))) break;
            }
            var end = e;
            if (headAt >= 0)
            {
                // "adviser on climate change to President Bush": the role ends before a person's title
                for (var q = headAt + 1; q + 1 < e; q++)
                {
                    if (tokens[q].Is("to") && tokens[q + 1].IsCap && RoleParser.IsTitleWord(tokens[q + 1]))
                    {
                        end = q;
                        var n = q + 1;
                        while (n < e && !doc.IsNameWord(n)) n++;
                        if (n < e) r.ServesToken = n;
                        break;
                    }
                }
            }
            for (var q = k; q < end && headAt >= 0; q++)
            {
                if (doc.IsNameWord(q)) headAt = -1;
            }
            if (headAt >= 0 && end > k)
            {
                var role = RoleParser.Parse(doc, k, end);
                if (role is not null || HasNonOfficial(tokens, k, end))
                {
                    r.Role = role ?? new Role(doc.Span(k, end), null, null, true);
                    r.RoleSentenceIndex = s.Index;
                    r.Anchored = true;
                }
            }
        }
        if (!r.Anchored)
        {
            // "Gordon Brown has said" / "said Gordon Brown" / "Brown told"
            var k = after;
            while (k < s.End && (tokens[k].Is("has") || tokens[k].Is("had") || tokens[k].Is("also") || tokens[k].Is("then") || tokens[k].Is("later"))) k++;
            if (k < s.End && IsReportVerb(tokens[k])) r.Anchored = true;
            if (before >= s.First && IsReportVerb(tokens[before])) r.Anchored = true;
        }
    }

    private static bool HasNonOfficial(TokenList tokens, int first, int end)
    {
        for (var i = first; i < end; i++)
        {
            if (tokens[i].Word.Facts.IsNonOfficialRole) return true;
        }
        return false;
    }

    private static int TitleStart(TokenList tokens, int first, int last)
    {
        var i = last;
        while (i - 1 >= first && tokens[i - 1].IsCap && (RoleParser.IsTitleWord(tokens[i - 1]) || tokens[i - 1].Word.Facts.IsTitleModifier)) i--;
        return i;
    }

    private static bool IsVerbish(Token t)
        => t.IsWord && (t.Is("said") || t.Is("says") || t.Is("told") || t.Is("has") || t.Is("had") || t.Is("who") || t.Is("which") || t.Is("will") || t.Is("would"));

    public static bool IsReportVerb(Token t)
    {
        if (!t.IsWord) return false;
        if (t.Word.Facts.Verbs is not { } list) return false;
        foreach (var v in list)
        {
            if (v.IsReport && v.Words.Length == 1) return true;
        }
        return false;
    }
}
