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
    public static string LowerInvariant(string text) => LowerInvariant(text, 0, text.Length);

    [System.ThreadStatic]
    private static char[]? _lowerBuffer;

    /// <summary><see cref="string.ToLowerInvariant"/> of text[start, start + length), made with one allocation.</summary>
    public static string LowerInvariant(string text, int start, int length)
    {
        var end = start + length;
        var hasUpper = false;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c > 0x7F) return text.Substring(start, length).ToLowerInvariant();
            if (c >= 'A' && c <= 'Z') hasUpper = true;
        }
        if (!hasUpper) return start == 0 && length == text.Length ? text : text.Substring(start, length);
        var buffer = _lowerBuffer;
        if (buffer is null || buffer.Length < length) _lowerBuffer = buffer = new char[System.Math.Max(length, 64)];
        for (var i = 0; i < length; i++)
        {
            var c = text[start + i];
            buffer[i] = c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
        }
        return new string(buffer, 0, length);
    }

    private string[]? _asName;

    /// <summary>A one-word name's parts: this word's text alone (one shared array; never modified).</summary>
    public string[] AsNameParts => _asName ??= new[] { Text };

    public override string ToString() => Text;
}
