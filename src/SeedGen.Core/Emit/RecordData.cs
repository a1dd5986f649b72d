using System;
using System.Collections.Generic;
using System.Text;
using SeedGen.Model;

namespace SeedGen.Emit;

/// <summary>
/// One document's events and positions in the compact form the generated code decodes on
/// first use (the <c>SeedData</c> supporting type, <see cref="TypesEmitter"/>): a table of the
/// document's distinct strings, and one string of integers per record list. One literal per
/// list binds and compiles far faster than a constructor call per record (docs/PERFORMANCE.md).
/// </summary>
/// <remarks>
/// The format (docs/GENERATED-API.md): integers in decimal, each field followed by <c>,</c>
/// and each record by <c>;</c> in place of its last comma; an empty field is null. Strings
/// and officials are indices into the string table and the document's <c>Officials.All</c>;
/// a string that is a piece of the record's own sentence (most topics) is written
/// <c>sentence:start:length</c> instead, so the text is in the generated code once.
/// <list type="bullet">
/// <item>event: name, kind, start year, month, day (all empty when unknown), end year, month, day, location, participant count, (name, official) per participant, line, sentence</item>
/// <item>position: holder name, holder official, speaker name, speaker official, stance, topic, line, sentence</item>
/// </list>
/// The string table starts with the document's sentence table, so a sentence's index there is its index here.
/// </remarks>
public sealed class RecordData
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<string> _strings = new();
    private readonly Dictionary<string, int> _officials = new(StringComparer.Ordinal);

    private RecordData()
    {
    }

    /// <summary>The document's distinct strings: its sentences first, then names, places and topics in order of use.</summary>
    public IReadOnlyList<string> Strings => _strings;

    /// <summary>The events, encoded.</summary>
    public string Events { get; private set; } = string.Empty;

    /// <summary>The positions, encoded.</summary>
    public string Positions { get; private set; } = string.Empty;

    public static RecordData Of(LocalDocumentPlan local)
    {
        var data = new RecordData();
        foreach (var sentence in local.Sentences) data.StringIndex(sentence);
        for (var i = 0; i < local.Officials.Count; i++)
        {
            var key = local.Officials[i].PersonKey;
            if (!data._officials.ContainsKey(key)) data._officials.Add(key, i);
        }

        var sb = new StringBuilder();
        foreach (var e in local.Events)
        {
            var r = e.Record;
            data.Text(sb, r.Name, e.Sentence);
            Int(sb, (int)r.Kind);
            Date(sb, r.Start);
            Date(sb, r.End);
            data.Text(sb, r.Location, e.Sentence);
            Int(sb, e.Participants.Count);
            foreach (var p in e.Participants) data.Actor(sb, p);
            Int(sb, r.Evidence.Line);
            Int(sb, e.Sentence);
            EndRecord(sb);
        }
        data.Events = sb.ToString();

        sb.Clear();
        foreach (var p in local.Positions)
        {
            var r = p.Record;
            data.Actor(sb, p.Holder);
            data.Actor(sb, p.Speaker);
            Int(sb, (int)r.Stance);
            data.Text(sb, r.Topic, p.Sentence);
            Int(sb, r.Evidence.Line);
            Int(sb, p.Sentence);
            EndRecord(sb);
        }
        data.Positions = sb.ToString();
        return data;
    }

    private int StringIndex(string value)
    {
        if (_index.TryGetValue(value, out var i)) return i;
        i = _strings.Count;
        _index.Add(value, i);
        _strings.Add(value);
        return i;
    }

    /// <summary>Strings shorter than this always go to the table: a slice would not be shorter.</summary>
    private const int MinSlice = 12;

    private void Text(StringBuilder sb, string? value, int sentence)
    {
        if (value is null)
        {
            sb.Append(',');
            return;
        }
        if (value.Length >= MinSlice && !_index.ContainsKey(value))
        {
            var start = _strings[sentence].IndexOf(value, StringComparison.Ordinal);
            if (start >= 0)
            {
                InvariantDigits.Append(sb, sentence).Append(':');
                InvariantDigits.Append(sb, start).Append(':');
                InvariantDigits.Append(sb, value.Length).Append(',');
                return;
            }
        }
        Int(sb, StringIndex(value));
    }

    private void Actor(StringBuilder sb, LocalActor? actor)
    {
        if (actor is null)
        {
            sb.Append(",,");
            return;
        }
        Int(sb, StringIndex(actor.Name));
        if (actor.PersonKey is not null && _officials.TryGetValue(actor.PersonKey, out var official)) Int(sb, official);
        else sb.Append(',');
    }

    private static void Date(StringBuilder sb, PartialDate? date)
    {
        if (date is not { } d)
        {
            sb.Append(",,,");
            return;
        }
        Int(sb, d.Year);
        Int(sb, d.Month);
        Int(sb, d.Day);
    }

    private static void Int(StringBuilder sb, int value) => InvariantDigits.Append(sb, value).Append(',');

    private static void EndRecord(StringBuilder sb) => sb[sb.Length - 1] = ';';
}
