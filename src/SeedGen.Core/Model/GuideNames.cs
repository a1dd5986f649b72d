namespace SeedGen.Model;

/// <summary>The lower-case words GUIDE.md uses for kinds and stances in JSON.</summary>
public static class GuideNames
{
    public static string Of(EventKind kind) => kind switch
    {
        EventKind.Meeting => "meeting",
        EventKind.Talks => "talks",
        EventKind.Visit => "visit",
        EventKind.PressConference => "press_conference",
        EventKind.Summit => "summit",
        EventKind.Call => "call",
        EventKind.Signing => "signing",
        EventKind.Election => "election",
        EventKind.Speech => "speech",
        _ => "other",
    };

    public static string Of(Stance stance) => stance switch
    {
        Stance.Supports => "supports",
        Stance.Opposes => "opposes",
        Stance.Urges => "urges",
        Stance.Hopes => "hopes",
        Stance.Ready => "ready",
        Stance.Commits => "commits",
        Stance.Condemns => "condemns",
        Stance.Rejects => "rejects",
        _ => "asserts",
    };
}
