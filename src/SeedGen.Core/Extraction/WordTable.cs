using System.Threading;

namespace SeedGen.Extraction;

/// <summary>
/// Interns token texts: a piece of the document is looked up by its characters (with the tokenizer's
/// normalisation of words and numbers: U+2019 read as an apostrophe, U+2011 as a hyphen) and, when that text was seen
/// before, its <see cref="Word"/> is reused, so repeated words cost neither a string nor a lower-case copy.
/// <para>
/// <see cref="Shared"/> is one bounded table for all documents and threads: open addressing whose slots
/// are filled once with a compare-and-swap and never changed, so readers need no lock. Once it holds
/// <see cref="SharedCapacity"/> words it stops growing and each document interns its other words in a
/// table of its own (<see cref="Local"/>), which grows as needed and is dropped with the document.
/// </para>
/// </summary>
internal sealed class WordTable
{
    /// <summary>How many distinct words the shared table keeps (its memory stays bounded in a long-lived compiler process).</summary>
    public const int SharedCapacity = 1 << 15;

    private static readonly WordTable SharedTable = new(SharedCapacity * 2, growable: false);

    private Word?[] _slots;
    private int _count;
    private readonly bool _growable;

    private WordTable(int size, bool growable)
    {
        _slots = new Word?[size];
        _growable = growable;
    }

    /// <summary>The table shared by all documents.</summary>
    public static WordTable Shared => SharedTable;

    /// <summary>A new table for one document's words that did not fit into <see cref="Shared"/>.</summary>
    public static WordTable Local() => new(256, growable: true);

    /// <summary>True when the table takes no more words.</summary>
    public bool IsFull => !_growable && Volatile.Read(ref _count) >= _slots.Length / 2;

    /// <summary>The word spelled by text[start, end) (normalised), or null when the table does not have it.</summary>
    public Word? Find(string text, int start, int end, TokenKind kind, int hash)
    {
        var slots = _slots;
        var mask = slots.Length - 1;
        for (var at = hash & mask; ; at = (at + 1) & mask)
        {
            var w = Volatile.Read(ref slots[at]);
            if (w is null) return null;
            if (w.Kind == kind && SameText(w.Text, text, start, end, IsNormalized(kind))) return w;
        }
    }

    /// <summary>
    /// Adds <paramref name="word"/> (whose text hashes to <paramref name="hash"/>) unless the table is full;
    /// returns the instance the table holds for that text (another thread's may have won), or null when full.
    /// </summary>
    public Word? Add(Word word, int hash)
    {
        if (_growable && (_count + 1) * 2 > _slots.Length) Grow();
        if (IsFull) return null;
        var slots = _slots;
        var mask = slots.Length - 1;
        for (var at = hash & mask; ; at = (at + 1) & mask)
        {
            var w = Volatile.Read(ref slots[at]);
            if (w is null)
            {
                w = Interlocked.CompareExchange(ref slots[at], word, null);
                if (w is null)
                {
                    Interlocked.Increment(ref _count);
                    return word;
                }
            }
            if (w.Kind == word.Kind && string.Equals(w.Text, word.Text, System.StringComparison.Ordinal)) return w;
        }
    }

    private void Grow()
    {
        var old = _slots;
        var slots = new Word?[old.Length * 2];
        var mask = slots.Length - 1;
        foreach (var w in old)
        {
            if (w is null) continue;
            var at = Hash(w.Text, 0, w.Text.Length, w.Kind) & mask;
            while (slots[at] is not null) at = (at + 1) & mask;
            slots[at] = w;
        }
        _slots = slots;
    }

    /// <summary>Words and numbers are stored normalised; punctuation and quote marks as written.</summary>
    public static bool IsNormalized(TokenKind kind) => kind == TokenKind.Word || kind == TokenKind.Number;

    /// <summary>The character the tokenizer stores for <paramref name="c"/> in a word or number.</summary>
    public static char Normalize(char c) => c == '\u2019' ? '\'' : c == '\u2011' ? '-' : c;

    /// <summary>A hash of text[start, end) as stored for <paramref name="kind"/> (FNV-1a over the characters).</summary>
    public static int Hash(string text, int start, int end, TokenKind kind)
    {
        unchecked
        {
            var normalize = IsNormalized(kind);
            var h = (int)2166136261 ^ (int)kind;
            for (var i = start; i < end; i++)
            {
                var c = text[i];
                if (normalize) c = Normalize(c);
                h = (h ^ c) * 16777619;
            }
            return h ^ (h >> 15);
        }
    }

    private static bool SameText(string word, string text, int start, int end, bool normalize)
    {
        if (word.Length != end - start) return false;
        for (var i = 0; i < word.Length; i++)
        {
            var c = text[start + i];
            if (normalize) c = Normalize(c);
            if (word[i] != c) return false;
        }
        return true;
    }
}
