using System;
using System.Collections.Generic;
using SeedGen.Model;

namespace SeedGen.Emit;

/// <summary>
/// The distinct evidence sentences of one document, in order of first use (officials, events,
/// positions). Generated code holds each once and records point at it by index, so a sentence
/// that yields an official, an event and three positions is one literal, not five.
/// </summary>
public sealed class SentenceTable
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<string> _sentences = new();

    public EquatableArray<string> Sentences => _sentences.ToEquatableArray();

    public int IndexOf(string sentence) => _index[sentence];

    public static SentenceTable Of(ExtractionResult records)
    {
        var table = new SentenceTable();
        foreach (var o in records.Officials) table.Add(o.Evidence.Sentence);
        foreach (var e in records.Events) table.Add(e.Evidence.Sentence);
        foreach (var p in records.Positions) table.Add(p.Evidence.Sentence);
        return table;
    }

    private void Add(string sentence)
    {
        if (_index.ContainsKey(sentence)) return;
        _index.Add(sentence, _sentences.Count);
        _sentences.Add(sentence);
    }
}
