using System.Collections.Generic;

namespace SeedGen.Extraction;

/// <summary>A person named in the document, with the role the text gives them (if any).</summary>
internal sealed class Person
{
    public Person(string name, string key, string[] parts, int firstToken, Sentence sentence)
    {
        Name = name;
        Key = key;
        Parts = parts;
        FirstToken = firstToken;
        FirstSentence = sentence;
    }

    /// <summary>The fullest form of the name found.</summary>
    public string Name { get; set; }

    /// <summary>The name without initials, for merging "George W. Bush" and "George Bush".</summary>
    public string Key { get; set; }

    /// <summary>The name's words without initials.</summary>
    public string[] Parts { get; set; }

    public int FirstToken { get; }

    public Sentence FirstSentence { get; }

    public string? Title { get; set; }

    public string? Organization { get; set; }

    public string? Country { get; set; }

    /// <summary>The sentence where the role was read (evidence for the official record).</summary>
    public Sentence? RoleSentence { get; set; }

    public bool HasRole => Title is not null;

    /// <summary>True when the role came from a definite description ("the prime minister").</summary>
    public bool RoleFromDescription { get; set; }

    /// <summary>Journalists, academics and the like: persons, but not officials.</summary>
    public bool NonOfficial { get; set; }

    /// <summary>The token of a person this one serves ("adviser to President Bush"), or -1.</summary>
    public int ServesToken { get; set; } = -1;

    public bool IsOfficial => HasRole && !NonOfficial;

    private string? _lowerTitle;
    private string? _lowerTitleOf;

    /// <summary>The title in lower case (remembered until the title changes), or null.</summary>
    public string? LowerTitle
    {
        get
        {
            if (Title is null) return null;
            if (!ReferenceEquals(_lowerTitleOf, Title))
            {
                _lowerTitle = Word.LowerInvariant(Title);
                _lowerTitleOf = Title;
            }
            return _lowerTitle;
        }
    }

    private bool _spokespersonKnown;
    private bool _spokesperson;
    private string? _spokespersonTitle;
    private string? _spokespersonOrganization;

    /// <summary>True when the role is a (government) spokesperson; remembered until the title or organisation changes.</summary>
    public bool IsSpokesperson
    {
        get
        {
            if (_spokespersonKnown && ReferenceEquals(_spokespersonTitle, Title) && ReferenceEquals(_spokespersonOrganization, Organization)) return _spokesperson;
            _spokesperson = ComputeIsSpokesperson();
            _spokespersonTitle = Title;
            _spokespersonOrganization = Organization;
            _spokespersonKnown = true;
            return _spokesperson;
        }
    }

    private bool ComputeIsSpokesperson()
    {
        if (Title is null) return false;
        var t = Word.LowerInvariant(Title);
        if (!t.Contains("spokes")) return false;
        // a party's spokesman speaks for the party, not the government
        var role = Organization is null ? Title : Organization + " " + Title;
        foreach (var party in Lexicon.Instance.Parties)
        {
            var at = role.IndexOf(party, System.StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && (at == 0 || role[at - 1] == ' ') && (at + party.Length == role.Length || role[at + party.Length] == ' ')) return false;
        }
        return true;
    }

    public List<int> MentionTokens { get; } = new();

    public override string ToString() => Name;
}
