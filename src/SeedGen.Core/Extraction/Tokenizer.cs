using System;
using System.Collections.Generic;
using System.Threading;

namespace SeedGen.Extraction;

/// <summary>
/// Splits text into words, numbers, punctuation and quote marks in one linear pass.
/// Keeps abbreviations ("Mr.", "U.S.", "Nov."), initials ("J."), hyphenated words ("Min-soon")
/// and numbers with ranges ("25-26") together; splits the possessive "'s" off as its own token.
/// </summary>
internal static class Tokenizer
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "St", "Jr", "Sr", "Prof", "Gen", "Lt", "Col", "Sen", "Rep", "Gov", "Rev", "Capt", "Maj", "Adm", "Mt", "Ft",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "No", "Nos", "Inc", "Corp", "Co", "Ltd", "vs", "etc", "approx", "Dept", "Gov't", "Messrs", "Mme",
    };

    /// <summary>The possessive "'s", however it was written ("’s", "'S").</summary>
    private static readonly Word Possessive = new("'s", TokenKind.Word);

    private static readonly string[] AbbreviationList = new List<string>(Abbreviations).ToArray();

    /// <summary>The tokens of <paramref name="text"/> in an array of their own.</summary>
    public static TokenList Tokenize(string text, CancellationToken ct)
    {
        var tokens = Tokenize(text, ct, null);
        var exact = new Token[tokens.Count];
        for (var i = 0; i < exact.Length; i++) exact[i] = tokens[i];
        return new TokenList(exact, exact.Length);
    }

    /// <summary>
    /// The tokens of <paramref name="text"/>, written into <paramref name="scratch"/>'s token buffer when there is one
    /// (the list is then valid until the scratch arrays are returned), else into a new array sized from the text's length.
    /// </summary>
    public static TokenList Tokenize(string text, CancellationToken ct, TokenScratch? scratch)
    {
        // about one token per five characters; the buffer grows when a text has more
        var estimate = text.Length / 5 + 64;
        var buffer = scratch?.Tokens(estimate) ?? new Token[estimate];
        var count = 0;
        var words = new WordSource(text);
        var i = 0;
        var n = text.Length;
        var newline = false;
        var steps = 0;
        while (i < n)
        {
            if ((++steps & 1023) == 0) ct.ThrowIfCancellationRequested();
            var c = text[i];
            if (c <= ' ')
            {
                // ASCII space and control characters: a line break, or nothing (the general tests below give the same)
                if (c == '\n' || c == '\r') newline = true;
                i++;
                continue;
            }
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029')
            {
                newline = true;
                i++;
                continue;
            }
            if (char.IsWhiteSpace(c) || c == '\uFEFF' || char.IsControl(c))
            {
                i++;
                continue;
            }
            int start = i;
            Word word;
            if (IsAsciiLetter(c) || (c > '\u007F' && char.IsLetter(c)))
            {
                i = ScanWord(text, i);
                word = words.Get(start, i, TokenKind.Word);
            }
            else if (char.IsDigit(c))
            {
                i = ScanNumber(text, i);
                var kind = TokenKind.Number;
                for (var k = start; k < i; k++)
                {
                    if (char.IsLetter(text[k])) { kind = TokenKind.Word; break; }
                }
                word = words.Get(start, i, kind);
            }
            else if (IsApostrophe(c) && i + 1 < n && (text[i + 1] == 's' || text[i + 1] == 'S') && (i + 2 >= n || !char.IsLetterOrDigit(text[i + 2])) && i > 0 && char.IsLetterOrDigit(text[i - 1]))
            {
                i += 2;
                word = Possessive;
            }
            else if (c == '"' || c == '\u201C' || c == '\u201D' || c == '\u2018' || c == '\u2019' || c == '\'' || c == '\u00AB' || c == '\u00BB')
            {
                i++;
                word = words.Get(start, i, TokenKind.Quote);
            }
            else if (c == '-' && i + 1 < n && text[i + 1] == '-')
            {
                i += 2;
                word = words.Get(start, i, TokenKind.Punct);
            }
            else
            {
                i++;
                word = words.Get(start, i, TokenKind.Punct);
            }
            if (count == buffer.Length) Array.Resize(ref buffer, buffer.Length + buffer.Length / 2 + 64);
            buffer[count++] = new Token(start, word, newline);
            newline = false;
        }
        scratch?.KeepTokens(buffer);
        return new TokenList(buffer, count);
    }

    /// <summary>Finds or makes the <see cref="Word"/> of a piece of the text: the shared table first, then the document's own.</summary>
    private struct WordSource
    {
        private readonly string _text;
        private WordTable? _local;

        public WordSource(string text)
        {
            _text = text;
            _local = null;
        }

        public Word Get(int start, int end, TokenKind kind)
        {
            var hash = WordTable.Hash(_text, start, end, kind);
            var shared = WordTable.Shared;
            var word = shared.Find(_text, start, end, kind, hash) ?? _local?.Find(_text, start, end, kind, hash);
            if (word is not null) return word;
            word = new Word(Spell(_text, start, end, kind), kind);
            if (!shared.IsFull && shared.Add(word, hash) is { } added) return added;
            _local ??= WordTable.Local();
            return _local.Add(word, hash) ?? word;
        }
    }

    /// <summary>The stored text of text[start, end): words and numbers normalised (straight apostrophes, plain hyphens).</summary>
    private static string Spell(string text, int start, int end, TokenKind kind)
    {
        var s = text.Substring(start, end - start);
        if (!WordTable.IsNormalized(kind)) return s;
        if (s.IndexOf('\u2019') >= 0) s = s.Replace('\u2019', '\'');
        if (s.IndexOf('\u2011') >= 0) s = s.Replace('\u2011', '-');
        return s;
    }

    private static bool IsApostrophe(char c) => c == '\'' || c == '\u2019';

    /// <summary>A-Z or a-z: the common case of <see cref="char.IsLetter(char)"/>, tested without a table.</summary>
    private static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    private static int ScanWord(string text, int i)
    {
        var n = text.Length;
        var start = i;
        while (i < n)
        {
            var c = text[i];
            if (IsAsciiLetter(c) || (uint)(c - '0') <= 9 || (c > '\u007F' && char.IsLetterOrDigit(c)))
            {
                i++;
                continue;
            }
            if ((c == '-' || c == '\u2011') && i + 1 < n && char.IsLetterOrDigit(text[i + 1]))
            {
                i++;
                continue;
            }
            if (IsApostrophe(c) && i + 1 < n && char.IsLetter(text[i + 1]))
            {
                // possessive 's ends the word; other apostrophes (don't, O'Brien) stay inside.
                if ((text[i + 1] == 's' || text[i + 1] == 'S') && (i + 2 >= n || !char.IsLetterOrDigit(text[i + 2]))) break;
                i++;
                continue;
            }
            if (c == '.')
            {
                // initials and dotted abbreviations: J. / U.S. / D.C. / Mr.
                var len = i - start;
                var lastStart = LastSegmentStart(text, start, i);
                var segLen = i - lastStart;
                if (segLen == 1 && char.IsLetter(text[lastStart]) && char.IsUpper(text[lastStart]))
                {
                    i++;
                    continue;
                }
                if (len <= 6 && IsAbbreviation(text, start, len))
                {
                    i++;
                    break;
                }
                if (segLen == 1 && i > start + 1 && text[i - 2] == '.')
                {
                    i++;
                    continue;
                }
            }
            break;
        }
        return i;
    }

    /// <summary>True when text[start, start + length) is one of <see cref="Abbreviations"/> (compared in place).</summary>
    private static bool IsAbbreviation(string text, int start, int length)
    {
        foreach (var a in AbbreviationList)
        {
            if (a.Length == length && string.CompareOrdinal(text, start, a, 0, length) == 0) return true;
        }
        return false;
    }

    private static int LastSegmentStart(string text, int start, int i)
    {
        var j = i;
        while (j > start && char.IsLetterOrDigit(text[j - 1])) j--;
        return j;
    }

    private static int ScanNumber(string text, int i)
    {
        var n = text.Length;
        while (i < n)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                i++;
                continue;
            }
            if ((c == '.' || c == ',' || c == ':' || c == '/' || c == '+' || c == '-' || c == '\u2013') && i + 1 < n && char.IsDigit(text[i + 1]))
            {
                i++;
                continue;
            }
            if (c == '-' && i + 1 < n && char.IsLetter(text[i + 1]))
            {
                i++;
                continue;
            }
            if (c == '%')
            {
                i++;
            }
            break;
        }
        return i;
    }

    /// <summary>Words of a short phrase, tokenised the same way (for lexicon entries).</summary>
    public static string[] SplitWords(string phrase)
    {
        var toks = Tokenize(phrase, CancellationToken.None);
        var words = new string[toks.Count];
        for (var i = 0; i < toks.Count; i++) words[i] = toks[i].Text;
        return words;
    }
}
