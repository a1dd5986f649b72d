using System;
using System.Collections.Generic;
using System.Threading;
using SeedGen.Model;

namespace SeedGen.Extraction;

/// <summary>One document prepared for the finders: text, tokens, sentences and line starts.</summary>
internal sealed class Document
{
    private readonly int[] _lineStarts;

    public Document(string text, PartialDate? published, CancellationToken ct)
    {
        Text = text;
        Published = published;
        Tokens = Tokenizer.Tokenize(text, ct, Scratch);
        Sentences = SentenceSplitter.Split(Tokens, ct);
        var lines = 1;
        for (var i = text.IndexOf('\n'); i >= 0; i = i + 1 < text.Length ? text.IndexOf('\n', i + 1) : -1) lines++;
        _lineStarts = new int[lines];
        lines = 1;
        for (var i = text.IndexOf('\n'); i >= 0; i = i + 1 < text.Length ? text.IndexOf('\n', i + 1) : -1) _lineStarts[lines++] = i + 1;
        if (Sentences.Count > 0)
        {
            var s = Sentences[0];
            var last = Tokens[s.End - 1];
            if (s.End < Tokens.Count && Tokens[s.End].NewlineBefore && last.Text != "." && last.Text != "\"" && last.Text != "\u201D")
            {
                s.IsHeadline = true;
            }
        }
    }

    private sbyte[]? _nameWords;

    private QuoteSpans? _quotes;

    /// <summary>The document's quotations (computed once).</summary>
    public QuoteSpans Quotes => _quotes ??= new QuoteSpans(this);

    /// <summary>Per token, whether it can be part of a person's name (computed once).</summary>
    public bool IsNameWord(int i)
    {
        _nameWords ??= Scratch.NameWords(Tokens.Count);
        var v = _nameWords[i];
        if (v == 0)
        {
            v = PeopleFinder.ComputeIsNameWord(Tokens, i) ? (sbyte)1 : (sbyte)-1;
            _nameWords[i] = v;
        }
        return v > 0;
    }

    public string Text { get; }

    /// <summary>The per-token arrays of this extraction (see <see cref="TokenScratch"/>).</summary>
    public TokenScratch Scratch { get; } = TokenScratch.Rent();

    public PartialDate? Published { get; }

    public TokenList Tokens { get; }

    public List<Sentence> Sentences { get; }

    /// <summary>The sentence holding token <paramref name="token"/> (binary search), or null between sentences.</summary>
    public Sentence? SentenceAt(int token)
    {
        var list = Sentences;
        int lo = 0, hi = list.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (token < list[mid].First) hi = mid - 1;
            else if (token >= list[mid].End) lo = mid + 1;
            else return list[mid];
        }
        return null;
    }

    private Evidence?[]? _evidence;

    private char[] _spanBuffer = new char[256];

    /// <summary>Where sentence <paramref name="s"/> is and what it says (made once per sentence, shared by its records).</summary>
    public Evidence EvidenceFor(Sentence s)
    {
        _evidence ??= new Evidence?[Sentences.Count];
        if (s.Index < _evidence.Length && _evidence[s.Index] is { } known && ReferenceEquals(Sentences[s.Index], s)) return known;
        var start = Tokens[s.First].Start;
        var end = Tokens[s.End - 1].End;
        var line = Array.BinarySearch(_lineStarts, start);
        if (line < 0) line = ~line - 1;
        var column = start - _lineStarts[line] + 1;
        var evidence = new Evidence(line + 1, column, Text.Substring(start, end - start));
        if (s.Index < _evidence.Length && ReferenceEquals(Sentences[s.Index], s)) _evidence[s.Index] = evidence;
        return evidence;
    }

    /// <summary>The length of <see cref="Span"/>(first, end) without making the string.</summary>
    public int SpanLength(int first, int end)
    {
        if (end <= first) return 0;
        var length = 0;
        for (var i = first; i < end; i++)
        {
            ref readonly var t = ref Tokens[i];
            if (i > first && t.Start > Tokens[i - 1].End) length++;
            length += t.Text.Length;
        }
        return length;
    }

    /// <summary>The text of tokens [first, end) as written, with single spaces where the text had whitespace.</summary>
    public string Span(int first, int end)
    {
        if (end <= first) return string.Empty;
        if (end == first + 1) return Tokens[first].Text;
        var length = SpanLength(first, end);
        if (_spanBuffer.Length < length) _spanBuffer = new char[Math.Max(length, _spanBuffer.Length * 2)];
        var buffer = _spanBuffer;
        var at = 0;
        for (var i = first; i < end; i++)
        {
            ref readonly var t = ref Tokens[i];
            if (i > first && t.Start > Tokens[i - 1].End) buffer[at++] = ' ';
            var text = t.Text;
            text.CopyTo(0, buffer, at, text.Length);
            at += text.Length;
        }
        return new string(buffer, 0, length);
    }
}
