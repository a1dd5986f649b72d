namespace SeedGen.Emit;

/// <summary>
/// Emits the supporting types once per compilation, internal to the user's assembly, so
/// SeedGen needs no runtime library and two projects that both use it never clash.
/// </summary>
public static class TypesEmitter
{
    public static string Emit(TypesSpec spec)
    {
        var w = SourceHeader.Begin(spec.Namespace);
        var gc = SourceHeader.GeneratedCodeAttribute;

        w.Summary("A calendar date known to the day, the month or only the year (<c>2024-06-18</c>, <c>2024-06</c>, <c>2024</c>).");
        w.Line(gc);
        w.Open("internal readonly struct SeedDate : global::System.IEquatable<SeedDate>, global::System.IComparable<SeedDate>");
        w.Summary("Creates a date; <paramref name=\"month\"/> and <paramref name=\"day\"/> are 0 when unknown.");
        w.Open("public SeedDate(int year, int month = 0, int day = 0)");
        w.Line("Year = year;").Line("Month = month;").Line("Day = day;");
        w.Close();
        w.Summary("The year.").Line("public int Year { get; }");
        w.Summary("The month (1-12), or 0 when only the year is known.").Line("public int Month { get; }");
        w.Summary("The day of the month, or 0 when it is not known.").Line("public int Day { get; }");
        w.Summary("True when the date is known to the day.").Line("public bool IsExact => Day != 0;");
        w.Summary("The date as a <see cref=\"global::System.DateTime\"/> when it is known to the day, else null.");
        w.Line("public global::System.DateTime? ToDateTime() => Day != 0 ? new global::System.DateTime(Year, Month, Day) : (global::System.DateTime?)null;");
        w.Line("/// <inheritdoc/>").Line("public bool Equals(SeedDate other) => Year == other.Year && Month == other.Month && Day == other.Day;");
        w.Line("/// <inheritdoc/>").Line("public override bool Equals(object? obj) => obj is SeedDate other && Equals(other);");
        w.Line("/// <inheritdoc/>").Line("public override int GetHashCode() => (Year * 400) + (Month * 32) + Day;");
        w.Line("/// <inheritdoc/>");
        w.Line("public int CompareTo(SeedDate other) => Year != other.Year ? Year.CompareTo(other.Year) : Month != other.Month ? Month.CompareTo(other.Month) : Day.CompareTo(other.Day);");
        w.Summary("Equality of two dates.").Line("public static bool operator ==(SeedDate left, SeedDate right) => left.Equals(right);");
        w.Summary("Inequality of two dates.").Line("public static bool operator !=(SeedDate left, SeedDate right) => !left.Equals(right);");
        w.Summary("ISO 8601 as far as known: <c>2024-06-18</c>, <c>2024-06</c> or <c>2024</c>.");
        w.Open("public override string ToString()");
        w.Line("var inv = global::System.Globalization.CultureInfo.InvariantCulture;");
        w.Line("if (Month == 0) return Year.ToString(\"D4\", inv);");
        w.Line("if (Day == 0) return Year.ToString(\"D4\", inv) + \"-\" + Month.ToString(\"D2\", inv);");
        w.Line("return Year.ToString(\"D4\", inv) + \"-\" + Month.ToString(\"D2\", inv) + \"-\" + Day.ToString(\"D2\", inv);");
        w.Close();
        w.Close();
        w.Line();

        w.Summary("What kind of occurrence an event is.");
        w.Line(gc);
        w.Open("internal enum EventKind");
        w.Summary("A meeting between named participants.").Line("Meeting = " + (int)SeedGen.Model.EventKind.Meeting + ",");
        w.Summary("Talks or a dialogue.").Line("Talks = " + (int)SeedGen.Model.EventKind.Talks + ",");
        w.Summary("A visit to a place.").Line("Visit = " + (int)SeedGen.Model.EventKind.Visit + ",");
        w.Summary("A press conference or briefing.").Line("PressConference = " + (int)SeedGen.Model.EventKind.PressConference + ",");
        w.Summary("A summit or conference.").Line("Summit = " + (int)SeedGen.Model.EventKind.Summit + ",");
        w.Summary("A phone or video call.").Line("Call = " + (int)SeedGen.Model.EventKind.Call + ",");
        w.Summary("The signing of an agreement.").Line("Signing = " + (int)SeedGen.Model.EventKind.Signing + ",");
        w.Summary("An election or vote.").Line("Election = " + (int)SeedGen.Model.EventKind.Election + ",");
        w.Summary("A speech or interview.").Line("Speech = " + (int)SeedGen.Model.EventKind.Speech + ",");
        w.Summary("Any other reported occurrence.").Line("Other = " + (int)SeedGen.Model.EventKind.Other + ",");
        w.Close();
        w.Line();

        w.Summary("The stance a holder takes on a topic.");
        w.Line(gc);
        w.Open("internal enum Stance");
        w.Summary("Supports, welcomes, backs, endorses.").Line("Supports = " + (int)SeedGen.Model.Stance.Supports + ",");
        w.Summary("Opposes, is against, objects to.").Line("Opposes = " + (int)SeedGen.Model.Stance.Opposes + ",");
        w.Summary("Urges, asks, calls on, demands; says someone should or must.").Line("Urges = " + (int)SeedGen.Model.Stance.Urges + ",");
        w.Summary("Hopes, expects, wishes.").Line("Hopes = " + (int)SeedGen.Model.Stance.Hopes + ",");
        w.Summary("Stands ready, is willing, expresses readiness.").Line("Ready = " + (int)SeedGen.Model.Stance.Ready + ",");
        w.Summary("Pledges, agrees to, vows, commits to, will.").Line("Commits = " + (int)SeedGen.Model.Stance.Commits + ",");
        w.Summary("Condemns, protests against, criticises, deplores, is concerned about.").Line("Condemns = " + (int)SeedGen.Model.Stance.Condemns + ",");
        w.Summary("Rejects, refutes, denies, dismisses.").Line("Rejects = " + (int)SeedGen.Model.Stance.Rejects + ",");
        w.Summary("A claim or judgement: says, stresses, believes, insists.").Line("Asserts = " + (int)SeedGen.Model.Stance.Asserts + ",");
        w.Close();
        w.Line();

        const string List = "global::System.Collections.Generic.IReadOnlyList";
        ImmutableClass(w, "Evidence", "Where a fact was read: the document's path as listed in INDEX.md, the 1-based line and the sentence.", "Creates evidence.",
            "<c>file:line</c>.", "File + \":\" + Line.ToString(global::System.Globalization.CultureInfo.InvariantCulture)",
            ("string", "File", "The document's path as listed in INDEX.md."),
            ("int", "Line", "The 1-based line of the sentence."),
            ("string", "Text", "The sentence the fact was read from."));
        w.Line();

        ImmutableClass(w, "SeedDocument", "A document listed in INDEX.md.", "Creates a document description.",
            "The title, else the file.", "Title ?? File",
            ("string", "ClassName", "The name of the generated class that holds this document's members."),
            ("string", "File", "The path as written in INDEX.md."),
            ("string?", "Title", "The title from INDEX.md, if any."),
            ("SeedDate?", "Published", "The publication date from INDEX.md, if any."),
            ("string?", "Source", "Who published it, if INDEX.md says."));
        w.Line();

        ImmutableClass(w, "Official", "A person named in the documents who holds or held a public role.", "Creates an official.",
            "The name.", "Name",
            ("string", "Name", "The full name."),
            ("string?", "Title", "The role as the text states it, without the organisation."),
            ("string?", "Organization", "The body the role belongs to."),
            ("string?", "Country", "The state or bloc the person serves."),
            (List + "<SeedDocument>", "Documents", "Every document that names this person."),
            ("Evidence", "Evidence", "Where the role was first read."));
        w.Line();

        ImmutableClass(w, "Actor", "Someone who takes part or holds a stance: a person, country or organisation, linked to its official when it is one.", "Creates an actor.",
            "The name.", "Name",
            ("string", "Name", "The name as the text gives it."),
            ("Official?", "Official", "The official this actor is, or null for a country, an organisation or a person without a stated role."));
        w.Line();

        ImmutableClass(w, "SeedEvent", "A meeting, talks, visit, press conference... as reported, with dates resolved against the publication date.", "Creates an event.",
            "The name.", "Name",
            ("string", "Name", "A short name for the event."),
            ("EventKind", "Kind", "What kind of event it is."),
            ("SeedDate?", "Start", "The first day, as far as known."),
            ("SeedDate?", "End", "The last day (equal to Start for a one-day event)."),
            ("string?", "Location", "The most specific place named for it."),
            (List + "<Actor>", "Participants", "The people, countries and organisations taking part."),
            ("SeedDocument", "Document", "The document that reports it."),
            ("Evidence", "Evidence", "Where it was read."));
        w.Line();

        ImmutableClass(w, "Position", "A stance that a named actor takes on a topic.", "Creates a position.",
            "<c>holder stance: topic</c>.", "Holder.Name + \" \" + Stance.ToString() + \": \" + Topic",
            ("Actor", "Holder", "Whose stance it is (a spokesperson's country, a person, or a joint holder)."),
            ("Actor?", "Speaker", "The named person who voiced it, if any."),
            ("Stance", "Stance", "The stance."),
            ("string", "Topic", "What the stance is about, in the text's words."),
            ("SeedDocument", "Document", "The document that reports it."),
            ("Evidence", "Evidence", "Where it was read."));
        w.Line();

        SeedDataDecoder(w);

        return SourceHeader.End(w);
    }

    /// <summary>
    /// The decoder of the compact record data of the document classes (format: <see cref="RecordData"/>).
    /// Each document decodes its lists on first use; the data is SeedGen's own output, so a
    /// malformed string is a SeedGen bug and throws, like any other broken invariant.
    /// </summary>
    private static void SeedDataDecoder(CodeWriter w)
    {
        const string List = "global::System.Collections.Generic.IReadOnlyList";
        w.Summary("Decodes the events and positions of the generated document classes from their compact data (docs/GENERATED-API.md).");
        w.Line(SourceHeader.GeneratedCodeAttribute);
        w.Open("internal static class SeedData");
        w.Summary("The events encoded in <paramref name=\"data\"/>.");
        w.Open("public static SeedEvent[] Events(SeedDocument document, string[] strings, " + List + "<Official> officials, string data)");
        w.Line("var reader = new Reader(data, strings, officials);");
        w.Line("var result = new global::System.Collections.Generic.List<SeedEvent>();");
        w.Open("while (reader.More)");
        w.Line("var name = reader.NextText()!;");
        w.Line("var kind = (EventKind)reader.NextInt();");
        w.Line("var start = reader.NextDate();");
        w.Line("var end = reader.NextDate();");
        w.Line("var location = reader.NextText();");
        w.Line("var participants = new Actor[reader.NextInt()];");
        w.Line("for (var i = 0; i < participants.Length; i++) participants[i] = reader.NextActor()!;");
        w.Line("result.Add(new SeedEvent(name, kind, start, end, location, participants, document, reader.NextEvidence(document)));");
        w.Close();
        w.Line("return result.ToArray();");
        w.Close();
        w.Summary("The positions encoded in <paramref name=\"data\"/>.");
        w.Open("public static Position[] Positions(SeedDocument document, string[] strings, " + List + "<Official> officials, string data)");
        w.Line("var reader = new Reader(data, strings, officials);");
        w.Line("var result = new global::System.Collections.Generic.List<Position>();");
        w.Open("while (reader.More)");
        w.Line("var holder = reader.NextActor()!;");
        w.Line("var speaker = reader.NextActor();");
        w.Line("var stance = (Stance)reader.NextInt();");
        w.Line("var topic = reader.NextText()!;");
        w.Line("result.Add(new Position(holder, speaker, stance, topic, document, reader.NextEvidence(document)));");
        w.Close();
        w.Line("return result.ToArray();");
        w.Close();
        w.Line();
        w.Line("private sealed class Reader");
        w.Line("{");
        w.Line("    private readonly string _data;");
        w.Line("    private readonly string[] _strings;");
        w.Line("    private readonly " + List + "<Official> _officials;");
        w.Line("    private int _at;");
        w.Line();
        w.Line("    public Reader(string data, string[] strings, " + List + "<Official> officials)");
        w.Line("    {");
        w.Line("        _data = data;");
        w.Line("        _strings = strings;");
        w.Line("        _officials = officials;");
        w.Line("    }");
        w.Line();
        w.Line("    public bool More => _at < _data.Length;");
        w.Line();
        w.Line("    /// <summary>The digits at the cursor as a number, or -1 when there are none (an empty field).</summary>");
        w.Line("    private int Number()");
        w.Line("    {");
        w.Line("        var value = -1;");
        w.Line("        while (_at < _data.Length && _data[_at] >= '0' && _data[_at] <= '9')");
        w.Line("        {");
        w.Line("            value = (value < 0 ? 0 : value * 10) + (_data[_at] - '0');");
        w.Line("            _at++;");
        w.Line("        }");
        w.Line("        return value;");
        w.Line("    }");
        w.Line();
        w.Line("    /// <summary>The next field: a non-negative integer, or -1 when it is empty (null).</summary>");
        w.Line("    public int NextInt()");
        w.Line("    {");
        w.Line("        var value = Number();");
        w.Line("        _at++;");
        w.Line("        return value;");
        w.Line("    }");
        w.Line();
        w.Line("    /// <summary>The next field as text: a string of the table, a piece <c>string:start:length</c> of one, or null.</summary>");
        w.Line("    public string? NextText()");
        w.Line("    {");
        w.Line("        var index = Number();");
        w.Line("        if (_at < _data.Length && _data[_at] == ':')");
        w.Line("        {");
        w.Line("            _at++;");
        w.Line("            var start = Number();");
        w.Line("            _at++;");
        w.Line("            var length = NextInt();");
        w.Line("            return _strings[index].Substring(start, length);");
        w.Line("        }");
        w.Line("        _at++;");
        w.Line("        return index < 0 ? null : _strings[index];");
        w.Line("    }");
        w.Line();
        w.Line("    public SeedDate? NextDate()");
        w.Line("    {");
        w.Line("        var year = NextInt();");
        w.Line("        var month = NextInt();");
        w.Line("        var day = NextInt();");
        w.Line("        return year < 0 ? (SeedDate?)null : new SeedDate(year, month, day);");
        w.Line("    }");
        w.Line();
        w.Line("    public Actor? NextActor()");
        w.Line("    {");
        w.Line("        var name = NextText();");
        w.Line("        var official = NextInt();");
        w.Line("        return name is null ? null : new Actor(name, official < 0 ? null : _officials[official]);");
        w.Line("    }");
        w.Line();
        w.Line("    public Evidence NextEvidence(SeedDocument document)");
        w.Line("    {");
        w.Line("        var line = NextInt();");
        w.Line("        var sentence = NextText()!;");
        w.Line("        return new Evidence(document.File, line, sentence);");
        w.Line("    }");
        w.Line("}");
        w.Close();
    }

    /// <summary>A sealed class with a constructor taking every property, get-only properties, and a ToString.</summary>
    private static void ImmutableClass(CodeWriter w, string name, string summary, string ctorSummary, string toStringSummary, string toString,
        params (string Type, string Name, string Summary)[] properties)
    {
        w.Summary(summary);
        w.Line(SourceHeader.GeneratedCodeAttribute);
        w.Open("internal sealed class " + name);
        w.Summary(ctorSummary);
        var parameters = new System.Text.StringBuilder();
        foreach (var p in properties)
        {
            if (parameters.Length > 0) parameters.Append(", ");
            parameters.Append(p.Type).Append(' ').Append(Camel(p.Name));
        }
        w.Open("public " + name + "(" + parameters + ")");
        foreach (var p in properties) w.Line(p.Name + " = " + Camel(p.Name) + ";");
        w.Close();
        foreach (var p in properties) w.Summary(p.Summary).Line("public " + p.Type + " " + p.Name + " { get; }");
        w.Summary(toStringSummary).Line("public override string ToString() => " + toString + ";");
        w.Close();
    }

    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name.Substring(1);
}
