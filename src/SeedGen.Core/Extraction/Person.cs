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

    public bool IsOfficial => HasRole && !NonOfficial;

    public bool IsSpokesperson
    {
        get
        {
            if (Title is null) return false;
            var t = Title.ToLowerInvariant();
            return t.Contains("spokes") || (Organization is not null && t.Length == 0);
        }
    }

    public List<int> MentionTokens { get; } = new();

    public override string ToString() => Name;
}
