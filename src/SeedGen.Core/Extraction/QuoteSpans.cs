using System.Collections.Generic;

namespace SeedGen.Extraction;

/// <summary>
/// Pairs double quotation marks within each paragraph and marks, for every token, whether it
/// lies inside a quotation (the quote marks themselves included) and which quotation.
/// </summary>
internal sealed class QuoteSpans
{
    public QuoteSpans(Document doc)
    {
        var tokens = doc.Tokens;
        SpanOf = doc.Scratch.Quotes(tokens.Count);
        for (var i = 0; i < tokens.Count; i++) SpanOf[i] = -1;
        var open = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.NewlineBefore && open >= 0)
            {
                // a quotation left open at a paragraph end runs to the end of that paragraph
                Add(open, i - 1);
                open = -1;
            }
            if (t.Kind != TokenKind.Quote) continue;
            var c = t.Text[0];
            if (c != '"' && c != '\u201C' && c != '\u201D' && c != '\u00AB' && c != '\u00BB') continue;
            var opening = c == '\u201C' || c == '\u00AB' || (c == '"' && open < 0);
            if (c == '"')
            {
                // a straight quote with space before and a word right after opens; one glued to the word before closes
                var spaceBefore = i == 0 || tokens[i - 1].End < t.Start || t.NewlineBefore;
                var glueAfter = i + 1 < tokens.Count && tokens[i + 1].Start == t.End && !tokens[i + 1].NewlineBefore;
                var glueBefore = i > 0 && tokens[i - 1].End == t.Start && !t.NewlineBefore;
                var spaceAfter = i + 1 >= tokens.Count || tokens[i + 1].Start > t.End || tokens[i + 1].NewlineBefore;
                if (spaceBefore && glueAfter) opening = true;
                else if (glueBefore && spaceAfter) opening = false;
                else if (glueBefore && i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Punct) opening = false;
            }
            if (c == '\u201D' || c == '\u00BB') opening = false;
            if (opening)
            {
                if (open >= 0) Add(open, i - 1);
                open = i;
            }
            else if (open >= 0)
            {
                Add(open, i);
                open = -1;
            }
        }
        if (open >= 0) Add(open, tokens.Count - 1);
        for (var q = 0; q < Spans.Count; q++)
        {
            var (a, b) = Spans[q];
            for (var i = a; i <= b; i++) SpanOf[i] = q;
        }
    }

    /// <summary>Quotations as inclusive token ranges from the opening to the closing mark.</summary>
    public List<(int Open, int Close)> Spans { get; } = new();

    /// <summary>Per token, the index of the quotation it is in, or -1.</summary>
    public int[] SpanOf { get; }

    private void Add(int a, int b)
    {
        if (b > a) Spans.Add((a, b));
    }
}
