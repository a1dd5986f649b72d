namespace SeedGen.Extraction;

/// <summary>What a token is.</summary>
internal enum TokenKind
{
    Word,
    Number,
    Punct,
    Quote,
}

/// <summary>
/// One token of the document: where it starts, the (shared) <see cref="Word"/> it spells, and whether
/// a line break precedes it. A small value type: a document's tokens are one array, not one object each.
/// </summary>
internal readonly struct Token
{
    private readonly Word _word;

    public Token(int start, Word word, bool newlineBefore)
    {
        Start = start;
        _word = word;
        NewlineBefore = newlineBefore;
    }

    /// <summary>A token outside any document (for look-ups of a made-up word).</summary>
    public Token(string text, TokenKind kind)
        : this(0, new Word(text, kind), false)
    {
    }

    public int Start { get; }

    /// <summary>One past the last character: normalisation keeps the length, so the text's length tells it.</summary>
    public int End => Start + _word.Text.Length;

    /// <summary>The token as written, with typographic apostrophes made straight.</summary>
    public string Text => _word.Text;

    public string Lower => _word.Lower;

    public TokenKind Kind => _word.Kind;

    /// <summary>The shared facts of the token's text.</summary>
    public Word Word => _word;

    /// <summary>True when a line break separates this token from the previous one.</summary>
    public bool NewlineBefore { get; }

    public bool IsCap => _word.IsCap;

    public bool IsWord => _word.Kind == TokenKind.Word;

    public bool Is(string lower)
    {
        var mine = _word.Lower;
        return ReferenceEquals(mine, lower) || string.Equals(mine, lower, System.StringComparison.Ordinal);
    }

    public override string ToString() => Text;
}
