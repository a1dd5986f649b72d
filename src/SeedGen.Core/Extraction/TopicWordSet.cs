using System;
using System.Collections.Generic;

namespace SeedGen.Extraction;

/// <summary>
/// The content words of a position's topic (lower case, in order) and how many of them two topics
/// share, for de-duplication. Words pair off one to one when they are equal or one is the other plus
/// a plural "s" (see <see cref="SameWord"/>).
/// <para>
/// Counting is fast without changing the count: with the root of a word being the word less one final
/// "s" when it has five letters or more, two words are the same exactly when their roots are equal,
/// unless one is the other plus "s" and the shorter already ends in "s" ("…ss" against "…s"). Equal
/// roots form classes, so greedy pairing finds, per root, as many pairs as the rarer side has words:
/// a merge of the two sorted root lists counts them. In the rare case above, the words are paired
/// greedily as they always were. A 64-bit summary of the roots skips topics that share none.
/// </para>
/// <para>
/// The merge runs over 64-bit hashes of the roots, sorted; two words of equal hash are compared by
/// their roots, and should two different roots ever share a hash, the words are paired greedily, so
/// the count never depends on the hash.
/// </para>
/// </summary>
internal sealed class TopicWordSet
{
    /// <summary>
    /// Per word, the hash of its root (see <see cref="RootLength"/>) in the high 48 bits and its index in
    /// <see cref="Words"/> in the low 16, sorted; null until first needed.
    /// </summary>
    private ulong[]? _keys;

    private const int IndexBits = 16;
    private const ulong IndexMask = (1UL << IndexBits) - 1;
    private ulong _mask;
    private bool _hasDoubleS;
    /// <summary>More words than the key's index bits hold: always paired greedily.</summary>
    private bool _tooMany;

    public TopicWordSet(string[] words) => Words = words;

    /// <summary>The content words in topic order.</summary>
    public string[] Words { get; private set; }

    /// <summary>Adds the words of a topic joined to this one.</summary>
    public void AddRange(string[] words)
    {
        var joined = new string[Words.Length + words.Length];
        Words.CopyTo(joined, 0);
        words.CopyTo(joined, Words.Length);
        Words = joined;
        _keys = null;
    }

    /// <summary>The F1 of shared words between <paramref name="a"/> and <paramref name="b"/> (0 when either is empty).</summary>
    public static double Overlap(TopicWordSet a, TopicWordSet b)
    {
        var aCount = a.Words.Length;
        var bCount = b.Words.Length;
        if (aCount == 0 || bCount == 0) return 0;
        var common = Common(a, b);
        var p = (double)common / aCount;
        var r = (double)common / bCount;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /// <summary>How many words of <paramref name="a"/> pair off with words of <paramref name="b"/>.</summary>
    private static int Common(TopicWordSet a, TopicWordSet b)
    {
        a.Prepare();
        b.Prepare();
        if (a._tooMany || b._tooMany) return GreedyCommon(a.Words, b.Words);
        if ((a._hasDoubleS || b._hasDoubleS) && (HasPluralOfS(a.Words, b.Words) || HasPluralOfS(b.Words, a.Words))) return GreedyCommon(a.Words, b.Words);
        if ((a._mask & b._mask) == 0) return 0;
        var ka = a._keys!;
        var kb = b._keys!;
        int i = 0, j = 0, common = 0;
        while (i < ka.Length && j < kb.Length)
        {
            var x = ka[i] >> IndexBits;
            var y = kb[j] >> IndexBits;
            if (x == y)
            {
                // equal hashes of different roots: pair the words as first written
                if (CompareRoots(a.Words[(int)(ka[i] & IndexMask)], b.Words[(int)(kb[j] & IndexMask)]) != 0) return GreedyCommon(a.Words, b.Words);
                common++;
                i++;
                j++;
            }
            else if (x < y)
            {
                i++;
            }
            else
            {
                j++;
            }
        }
        return common;
    }

    /// <summary>The pairing as first written: each word of <paramref name="a"/> takes the first unused same word of <paramref name="b"/>.</summary>
    private static int GreedyCommon(string[] a, string[] b)
    {
        var used = new bool[b.Length];
        var common = 0;
        foreach (var w in a)
        {
            for (var j = 0; j < b.Length; j++)
            {
                if (used[j] || !SameWord(b[j], w)) continue;
                used[j] = true;
                common++;
                break;
            }
        }
        return common;
    }

    /// <summary>Equal words, a plural "s" aside ("issues" = "issue").</summary>
    public static bool SameWord(string x, string y)
    {
        if (string.Equals(x, y, StringComparison.Ordinal)) return true;
        var dx = x.Length - y.Length;
        if (dx == 1 && x.Length > 4 && x[x.Length - 1] == 's' && string.CompareOrdinal(x, 0, y, 0, y.Length) == 0) return true;
        if (dx == -1 && y.Length > 4 && y[y.Length - 1] == 's' && string.CompareOrdinal(x, 0, y, 0, x.Length) == 0) return true;
        return false;
    }

    /// <summary>True when a word of <paramref name="a"/> is a word of <paramref name="b"/> that ends in "s" plus another "s".</summary>
    private static bool HasPluralOfS(string[] a, string[] b)
    {
        foreach (var x in a)
        {
            if (!EndsInDoubleS(x)) continue;
            foreach (var y in b)
            {
                if (y.Length == x.Length - 1 && string.CompareOrdinal(x, 0, y, 0, y.Length) == 0) return true;
            }
        }
        return false;
    }

    private static bool EndsInDoubleS(string w) => w.Length >= 6 && w[w.Length - 1] == 's' && w[w.Length - 2] == 's';

    private static int RootLength(string w) => w.Length > 4 && w[w.Length - 1] == 's' ? w.Length - 1 : w.Length;

    /// <summary>Ordinal order of the words' roots (UTF-16 code units, then length).</summary>
    private static int CompareRoots(string x, string y)
    {
        var lx = RootLength(x);
        var ly = RootLength(y);
        var n = lx < ly ? lx : ly;
        for (var k = 0; k < n; k++)
        {
            var d = x[k] - y[k];
            if (d != 0) return d;
        }
        return lx - ly;
    }

    /// <summary>Orders the words by their roots' hashes (insertion sort: topics are short) and sums the roots up in the mask.</summary>
    private void Prepare()
    {
        if (_keys is not null) return;
        var words = Words;
        var n = words.Length;
        var keys = new ulong[n];
        ulong mask = 0;
        var doubleS = false;
        for (var k = 0; k < n; k++)
        {
            var w = words[k];
            var len = RootLength(w);
            doubleS |= EndsInDoubleS(w);
            mask |= 1UL << (RootHash(w, len) & 63);
            var key = (RootHash64(w, len) & ~IndexMask) | ((ulong)k & IndexMask);
            var at = k;
            while (at > 0 && keys[at - 1] > key)
            {
                keys[at] = keys[at - 1];
                at--;
            }
            keys[at] = key;
        }
        _mask = mask;
        _hasDoubleS = doubleS;
        _tooMany = n > (int)IndexMask;
        _keys = keys;
    }

    /// <summary>FNV-1a (64 bits) over the root's characters.</summary>
    private static ulong RootHash64(string w, int len)
    {
        unchecked
        {
            var h = 14695981039346656037UL;
            for (var k = 0; k < len; k++) h = (h ^ w[k]) * 1099511628211UL;
            return h;
        }
    }

    private static int RootHash(string w, int len)
    {
        if (len == 0) return 0;
        unchecked
        {
            return (w[0] * 31 + w[len - 1]) * 31 + len * 7 + (len > 2 ? w[len / 2] : 0);
        }
    }
}
