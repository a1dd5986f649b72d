namespace SeedGen.Model;

/// <summary>Where a fact was read: 1-based line and column in the document, and the sentence itself.</summary>
public sealed record Evidence(int Line, int Column, string Sentence);

/// <summary>A person named by full name who holds or held a public role (GUIDE.md).</summary>
public sealed record Official(
    string Name,
    string? Title,
    string? Organization,
    string? Country,
    Evidence Evidence);

/// <summary>The kinds of event of GUIDE.md, in its order.</summary>
public enum EventKind
{
    Meeting,
    Talks,
    Visit,
    PressConference,
    Summit,
    Call,
    Signing,
    Election,
    Speech,
    Other,
}

/// <summary>A meeting, talks, visit, press conference... with dates resolved against Published.</summary>
public sealed record SeedEvent(
    string Name,
    EventKind Kind,
    PartialDate? Start,
    PartialDate? End,
    string? Location,
    EquatableArray<string> Participants,
    Evidence Evidence);

/// <summary>The nine stances of GUIDE.md, in its order.</summary>
public enum Stance
{
    Supports,
    Opposes,
    Urges,
    Hopes,
    Ready,
    Commits,
    Condemns,
    Rejects,
    Asserts,
}

/// <summary>A stance a named actor takes on a topic.</summary>
public sealed record Position(
    string Holder,
    string? Speaker,
    Stance Stance,
    string Topic,
    Evidence Evidence);

/// <summary>Everything extracted from one document.</summary>
public sealed record ExtractionResult(
    EquatableArray<Official> Officials,
    EquatableArray<SeedEvent> Events,
    EquatableArray<Position> Positions)
{
    public static readonly ExtractionResult Empty = new(
        EquatableArray<Official>.Empty, EquatableArray<SeedEvent>.Empty, EquatableArray<Position>.Empty);

    public bool IsEmpty => Officials.Count == 0 && Events.Count == 0 && Positions.Count == 0;
}
