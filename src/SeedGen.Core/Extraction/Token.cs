namespace SeedGen.Extraction;

/// <summary>What a token is.</summary>
internal enum TokenKind
{
    Word,
    Number,
    Punct,
    Quote,
}

/// <summary>One token of the document: its character span, its text and a lower-case form for look-ups.</summary>
internal sealed class Token
{
    public Token(int start, int end, string text, TokenKind kind, bool newlineBefore)
    {
        Start = start;
        End = end;
        Text = text;
        Kind = kind;
        NewlineBefore = newlineBefore;
        Lower = text.ToLowerInvariant();
        IsCap = text.Length > 0 && char.IsUpper(text[0]);
    }

    public int Start { get; }

    public int End { get; }

    /// <summary>The token as written, with typographic apostrophes made straight.</summary>
    public string Text { get; }

    public string Lower { get; }

    public TokenKind Kind { get; }

    /// <summary>True when a line break separates this token from the previous one.</summary>
    public bool NewlineBefore { get; }

    public bool IsCap { get; }

    public bool IsWord => Kind == TokenKind.Word;

    public bool Is(string lower) => string.Equals(Lower, lower, System.StringComparison.Ordinal);

    public override string ToString() => Text;
}
