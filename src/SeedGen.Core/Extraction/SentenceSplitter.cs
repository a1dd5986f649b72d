using System.Collections.Generic;
using System.Threading;

namespace SeedGen.Extraction;

/// <summary>A sentence as a half-open range of token indices.</summary>
internal sealed class Sentence
{
    public Sentence(int index, int first, int end, bool startsParagraph)
    {
        Index = index;
        First = first;
        End = end;
        StartsParagraph = startsParagraph;
    }

    public int Index { get; }

    /// <summary>Index of the first token.</summary>
    public int First { get; }

    /// <summary>Index one past the last token.</summary>
    public int End { get; }

    public bool StartsParagraph { get; }

    /// <summary>True when the sentence is a headline: a first line without a final full stop.</summary>
    public bool IsHeadline { get; set; }
}

/// <summary>
/// Splits the token stream into sentences: after ".", "?" or "!" (plus any closing quotes and
/// brackets) when the next token can start a sentence, and at every line break. Abbreviations
/// never end a sentence because the tokenizer keeps their dot inside the word.
/// </summary>
internal static class SentenceSplitter
{
    /// <summary>Longer runs without a sentence end are cut (at a comma or semicolon when there is one) so that every later stage stays linear.</summary>
    public const int MaxTokens = 160;

    public static List<Sentence> Split(TokenList tokens, CancellationToken ct)
    {
        var sentences = new List<Sentence>();
        var start = 0;
        var paragraphStart = true;
        var n = tokens.Count;
        for (var i = 0; i < n; i++)
        {
            if ((i & 1023) == 0) ct.ThrowIfCancellationRequested();
            if (i > start && tokens[i].NewlineBefore)
            {
                Add(sentences, start, i, paragraphStart);
                start = i;
                paragraphStart = true;
            }
            if (i - start >= MaxTokens)
            {
                var cut = i;
                for (var k = i - 1; k > start + (MaxTokens / 2); k--)
                {
                    if (tokens[k].Text == ";" || tokens[k].Text == ",") { cut = k + 1; break; }
                }
                Add(sentences, start, cut, paragraphStart);
                start = cut;
                paragraphStart = false;
            }
            var t = tokens[i];
            if (t.Kind != TokenKind.Punct || (t.Text != "." && t.Text != "?" && t.Text != "!")) continue;
            var j = i + 1;
            // closing quotes and brackets stay with the sentence they close
            while (j < n && !tokens[j].NewlineBefore && (tokens[j].Kind == TokenKind.Quote && IsClosing(tokens, j) || tokens[j].Text == ")"))
            {
                j++;
            }
            if (j >= n || tokens[j].NewlineBefore || CanStart(tokens[j]))
            {
                Add(sentences, start, j, paragraphStart);
                paragraphStart = j < n && tokens[j].NewlineBefore;
                start = j;
                i = j - 1;
            }
        }
        if (start < n) Add(sentences, start, n, paragraphStart);
        return sentences;
    }

    private static bool IsClosing(TokenList tokens, int j)
    {
        var c = tokens[j].Text[0];
        if (c == '\u201D' || c == '\u2019' || c == '\u00BB') return true;
        if (c == '\u201C' || c == '\u2018' || c == '\u00AB') return false;
        // a straight quote right after the full stop closes the quote unless a space precedes it and a word follows
        var prev = tokens[j - 1];
        if (tokens[j].Start == prev.End) return true;
        return j + 1 >= tokens.Count || tokens[j + 1].NewlineBefore || tokens[j + 1].Start > tokens[j].End;
    }

    private static bool CanStart(Token t)
    {
        if (t.Kind == TokenKind.Quote || t.Kind == TokenKind.Number) return true;
        if (t.Kind == TokenKind.Punct) return t.Text == "(" || t.Text == "-" || t.Text == "\u2013" || t.Text == "\u2014";
        return t.IsCap;
    }

    private static void Add(List<Sentence> sentences, int first, int end, bool paragraphStart)
    {
        if (end > first) sentences.Add(new Sentence(sentences.Count, first, end, paragraphStart));
    }
}
