namespace SeedGen.Extraction;

/// <summary>
/// One distinct token text, shared by every token that spells it (see <see cref="WordTable"/>):
/// the text, its lower-case form, its kind and whether it starts with a capital. Immutable, so
/// that one instance may serve documents extracted on several threads at once.
/// </summary>
internal sealed class Word
{
    public Word(string text, TokenKind kind)
    {
        Text = text;
        Kind = kind;
        Lower = LowerInvariant(text);
        IsCap = text.Length > 0 && char.IsUpper(text[0]);
    }

    public string Text { get; }

    /// <summary><see cref="Text"/> in lower case (the same instance when it has no capitals).</summary>
    public string Lower { get; }

    public TokenKind Kind { get; }

    public bool IsCap { get; }

    private WordFacts? _facts;

    /// <summary>
    /// The lexicons' facts about this word, looked up on first use. Concurrent first uses may both look them up;
    /// the first published is kept (both are equal), so readers always see a complete, immutable object.
    /// </summary>
    public WordFacts Facts
    {
        get
        {
            var facts = System.Threading.Volatile.Read(ref _facts);
            if (facts is not null) return facts;
            facts = new WordFacts(this);
            return System.Threading.Interlocked.CompareExchange(ref _facts, facts, null) ?? facts;
        }
    }

    private System.Collections.Generic.List<string>? _compoundCountries;

    private sbyte _isShouted;

    /// <summary>
    /// <see cref="Gazetteer.CompoundCountries"/> of the text, computed once per word. Concurrent first
    /// calls may both compute it; they compute the same list and either may be kept (never modified).
    /// </summary>
    public System.Collections.Generic.List<string> CompoundCountries => _compoundCountries ??= Gazetteer.CompoundCountries(Text);

    /// <summary>True for text in capitals that has a lower case ("BEIJING"), computed once per word.</summary>
    public bool IsShouted
    {
        get
        {
            if (_isShouted == 0) _isShouted = Text.ToUpperInvariant() == Text && Lower != Text ? (sbyte)1 : (sbyte)-1;
            return _isShouted > 0;
        }
    }

    /// <summary>
    /// The same result as <see cref="string.ToLowerInvariant"/>: ASCII text is lowered here
    /// (A-Z is all the invariant culture changes there), other text by the framework.
    /// </summary>
    public static string LowerInvariant(string text)
    {
        var firstUpper = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c > 0x7F) return text.ToLowerInvariant();
            if (firstUpper < 0 && c >= 'A' && c <= 'Z') firstUpper = i;
        }
        if (firstUpper < 0) return text;
        var chars = text.ToCharArray();
        for (var i = firstUpper; i < chars.Length; i++)
        {
            var c = chars[i];
            if (c >= 'A' && c <= 'Z') chars[i] = (char)(c + 32);
        }
        return new string(chars);
    }

    public override string ToString() => Text;
}
