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

    public static List<Token> Tokenize(string text, CancellationToken ct)
    {
        var tokens = new List<Token>(text.Length / 5 + 4);
        var i = 0;
        var n = text.Length;
        var newline = false;
        var count = 0;
        while (i < n)
        {
            if ((++count & 1023) == 0) ct.ThrowIfCancellationRequested();
            var c = text[i];
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
            if (char.IsLetter(c))
            {
                i = ScanWord(text, i);
                var word = Normalize(text, start, i);
                tokens.Add(new Token(start, i, word, TokenKind.Word, newline));
            }
            else if (char.IsDigit(c))
            {
                i = ScanNumber(text, i);
                var word = Normalize(text, start, i);
                var kind = TokenKind.Number;
                foreach (var ch in word)
                {
                    if (char.IsLetter(ch)) { kind = TokenKind.Word; break; }
                }
                tokens.Add(new Token(start, i, word, kind, newline));
            }
            else if (IsApostrophe(c) && i + 1 < n && (text[i + 1] == 's' || text[i + 1] == 'S') && (i + 2 >= n || !char.IsLetterOrDigit(text[i + 2])) && i > 0 && char.IsLetterOrDigit(text[i - 1]))
            {
                i += 2;
                tokens.Add(new Token(start, i, "'s", TokenKind.Word, newline));
            }
            else if (c == '"' || c == '\u201C' || c == '\u201D' || c == '\u2018' || c == '\u2019' || c == '\'' || c == '\u00AB' || c == '\u00BB')
            {
                i++;
                tokens.Add(new Token(start, i, c.ToString(), TokenKind.Quote, newline));
            }
            else if (c == '-' && i + 1 < n && text[i + 1] == '-')
            {
                i += 2;
                tokens.Add(new Token(start, i, "--", TokenKind.Punct, newline));
            }
            else
            {
                i++;
                tokens.Add(new Token(start, i, c.ToString(), TokenKind.Punct, newline));
            }
            newline = false;
        }
        return tokens;
    }

    private static bool IsApostrophe(char c) => c == '\'' || c == '\u2019';

    private static int ScanWord(string text, int i)
    {
        var n = text.Length;
        var start = i;
        while (i < n)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
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
                if (len <= 6 && Abbreviations.Contains(text.Substring(start, len)))
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

    private static string Normalize(string text, int start, int end)
    {
        var s = text.Substring(start, end - start);
        if (s.IndexOf('\u2019') >= 0) s = s.Replace('\u2019', '\'');
        if (s.IndexOf('\u2011') >= 0) s = s.Replace('\u2011', '-');
        return s;
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
