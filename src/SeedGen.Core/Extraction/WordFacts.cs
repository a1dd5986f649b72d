using System.Collections.Generic;
using SeedGen.Model;

namespace SeedGen.Extraction;

/// <summary>
/// What the lexicons say about one <see cref="Word"/>, looked up once per distinct word instead of once
/// per token and question: role, title and organisation words, honorifics, function and stop words,
/// month and weekday, stance verbs and event triggers starting with it, and the single-word gazetteer
/// match. Immutable; see <see cref="Word.Facts"/>. Each fact is the very look-up the finders made
/// (on the lower-case form or on the text, as they did), so answers do not change.
/// </summary>
internal sealed class WordFacts
{
    public WordFacts(Word word)
    {
        var lex = Lexicon.Instance;
        var text = word.Text;
        var lower = word.Lower;
        IsTitle = lex.Titles.ContainsKey(lower);
        IsTitleModifier = lex.TitleModifiers.Contains(lower);
        IsOrgWord = lex.OrgWords.Contains(text);
        IsNonOfficialRole = lex.NonOfficialRoles.Contains(lower);
        var bare = text.EndsWith(".", System.StringComparison.Ordinal) ? text.Substring(0, text.Length - 1) : text;
        IsHonorificText = lex.Honorifics.Contains(bare);
        IsFunctionWord = WordClasses.IsFunctionWord(lower);
        IsNameParticleText = WordClasses.IsNameParticle(lower);
        IsTopicStopWord = PositionFinder.IsTopicStopWord(lower);
        IsSkipBeforeVerb = PositionFinder.IsSkipBeforeVerb(lower);
        Month = WordClasses.MonthOf(lower);
        Weekday = WordClasses.WeekdayOf(lower);
        Verbs = lex.Verbs.TryGetValue(lower, out var verbs) ? verbs : null;
        Triggers = lex.EventTriggers.TryGetValue(lower, out var triggers) ? triggers : null;
        Phrases = lex.MultiWordNames.TryGetValue(text, out var phrases) ? phrases : null;
        if (phrases is not null)
        {
            var matches = new NameMatch[phrases.Count];
            for (var k = 0; k < matches.Length; k++) matches[k] = Gazetteer.Lookup(phrases[k].Written, phrases[k].Words.Length);
            PhraseMatches = matches;
        }
        SingleName = Gazetteer.Lookup(text, 1);
        HyphenAt = text.IndexOf('-');
        IsNameWordAlone = word.Kind == TokenKind.Word && word.IsCap && PeopleFinder.IsNameWordAlone(word, this);
        MayStartDate = word.Kind == TokenKind.Number || (word.Kind == TokenKind.Word && (Month > 0 || HyphenAt > 0 || Weekday >= 0 || DateResolver.IsDateWord(lower)));
    }

    /// <summary>A capitalised word that, by itself, can be part of a person's name (the tests of <see cref="PeopleFinder.ComputeIsNameWord"/> that need no neighbour).</summary>
    public bool IsNameWordAlone { get; }

    /// <summary>
    /// False when <see cref="DateResolver.Find"/> can pass over a token of this word: not a number, month, weekday,
    /// hyphenated word ("mid-June") or relative date word ("today", "last").
    /// </summary>
    public bool MayStartDate { get; }

    /// <summary>Where the text's first hyphen is, or -1.</summary>
    public int HyphenAt { get; }

    /// <summary>A role head ("minister"): <see cref="Lexicon.Titles"/> has the lower-case form.</summary>
    public bool IsTitle { get; }

    public bool IsTitleModifier { get; }

    /// <summary><see cref="Lexicon.OrgWords"/> has the text (that set ignores case).</summary>
    public bool IsOrgWord { get; }

    public bool IsNonOfficialRole { get; }

    /// <summary>Title, modifier, organisation word or non-official role: a word of a role phrase.</summary>
    public bool IsRoleWord => IsTitle || IsTitleModifier || IsOrgWord || IsNonOfficialRole;

    /// <summary>The text, less a final full stop, is an honorific ("Mr", "Mr.").</summary>
    public bool IsHonorificText { get; }

    public bool IsFunctionWord { get; }

    /// <summary>The lower-case form is a name particle ("de", "bin").</summary>
    public bool IsNameParticleText { get; }

    public bool IsTopicStopWord { get; }

    public bool IsSkipBeforeVerb { get; }

    /// <summary>1..12 when the lower-case form names a month, else 0 (capitalisation is the caller's test).</summary>
    public int Month { get; }

    /// <summary>0..6 when the lower-case form names a weekday, else -1.</summary>
    public int Weekday { get; }

    /// <summary>Stance verbs whose first word this is (longest first), or null.</summary>
    public List<VerbEntry>? Verbs { get; }

    /// <summary>Event triggers whose first word this is (longest first), or null.</summary>
    public List<(string[] Words, EventKind Kind)>? Triggers { get; }

    /// <summary>Multi-word gazetteer names whose first word is the text, or null.</summary>
    public List<(string[] Words, string Written)>? Phrases { get; }

    /// <summary>What the gazetteer says of each of <see cref="Phrases"/> (same order), or null.</summary>
    public NameMatch[]? PhraseMatches { get; }

    /// <summary>The text looked up alone in the gazetteer.</summary>
    public NameMatch SingleName { get; }
}
