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
        w.Summary("A meeting between named participants.").Line("Meeting,");
        w.Summary("Talks or a dialogue.").Line("Talks,");
        w.Summary("A visit to a place.").Line("Visit,");
        w.Summary("A press conference or briefing.").Line("PressConference,");
        w.Summary("A summit or conference.").Line("Summit,");
        w.Summary("A phone or video call.").Line("Call,");
        w.Summary("The signing of an agreement.").Line("Signing,");
        w.Summary("An election or vote.").Line("Election,");
        w.Summary("A speech or interview.").Line("Speech,");
        w.Summary("Any other reported occurrence.").Line("Other,");
        w.Close();
        w.Line();

        w.Summary("The stance a holder takes on a topic.");
        w.Line(gc);
        w.Open("internal enum Stance");
        w.Summary("Supports, welcomes, backs, endorses.").Line("Supports,");
        w.Summary("Opposes, is against, objects to.").Line("Opposes,");
        w.Summary("Urges, asks, calls on, demands; says someone should or must.").Line("Urges,");
        w.Summary("Hopes, expects, wishes.").Line("Hopes,");
        w.Summary("Stands ready, is willing, expresses readiness.").Line("Ready,");
        w.Summary("Pledges, agrees to, vows, commits to, will.").Line("Commits,");
        w.Summary("Condemns, protests against, criticises, deplores, is concerned about.").Line("Condemns,");
        w.Summary("Rejects, refutes, denies, dismisses.").Line("Rejects,");
        w.Summary("A claim or judgement: says, stresses, believes, insists.").Line("Asserts,");
        w.Close();
        w.Line();

        w.Summary("Where a fact was read: the document's path as listed in INDEX.md, the 1-based line and the sentence.");
        w.Line(gc);
        w.Open("internal sealed class Evidence");
        w.Summary("Creates evidence.");
        w.Open("public Evidence(string file, int line, string text)");
        w.Line("File = file;").Line("Line = line;").Line("Text = text;");
        w.Close();
        w.Summary("The document's path as listed in INDEX.md.").Line("public string File { get; }");
        w.Summary("The 1-based line of the sentence.").Line("public int Line { get; }");
        w.Summary("The sentence the fact was read from.").Line("public string Text { get; }");
        w.Summary("<c>file:line</c>.").Line("public override string ToString() => File + \":\" + Line.ToString(global::System.Globalization.CultureInfo.InvariantCulture);");
        w.Close();
        w.Line();

        w.Summary("A document listed in INDEX.md.");
        w.Line(gc);
        w.Open("internal sealed class SeedDocument");
        w.Summary("Creates a document description.");
        w.Open("public SeedDocument(string className, string file, string? title, SeedDate? published, string? source)");
        w.Line("ClassName = className;").Line("File = file;").Line("Title = title;").Line("Published = published;").Line("Source = source;");
        w.Close();
        w.Summary("The name of the generated class that holds this document's members.").Line("public string ClassName { get; }");
        w.Summary("The path as written in INDEX.md.").Line("public string File { get; }");
        w.Summary("The title from INDEX.md, if any.").Line("public string? Title { get; }");
        w.Summary("The publication date from INDEX.md, if any.").Line("public SeedDate? Published { get; }");
        w.Summary("Who published it, if INDEX.md says.").Line("public string? Source { get; }");
        w.Summary("The title, else the file.").Line("public override string ToString() => Title ?? File;");
        w.Close();
        w.Line();

        w.Summary("A person named in the documents who holds or held a public role.");
        w.Line(gc);
        w.Open("internal sealed class Official");
        w.Summary("Creates an official.");
        w.Open("public Official(string name, string? title, string? organization, string? country, global::System.Collections.Generic.IReadOnlyList<SeedDocument> documents, Evidence evidence)");
        w.Line("Name = name;").Line("Title = title;").Line("Organization = organization;").Line("Country = country;").Line("Documents = documents;").Line("Evidence = evidence;");
        w.Close();
        w.Summary("The full name.").Line("public string Name { get; }");
        w.Summary("The role as the text states it, without the organisation.").Line("public string? Title { get; }");
        w.Summary("The body the role belongs to.").Line("public string? Organization { get; }");
        w.Summary("The state or bloc the person serves.").Line("public string? Country { get; }");
        w.Summary("Every document that names this person.").Line("public global::System.Collections.Generic.IReadOnlyList<SeedDocument> Documents { get; }");
        w.Summary("Where the role was first read.").Line("public Evidence Evidence { get; }");
        w.Summary("The name.").Line("public override string ToString() => Name;");
        w.Close();
        w.Line();

        w.Summary("Someone who takes part or holds a stance: a person, country or organisation, linked to its official when it is one.");
        w.Line(gc);
        w.Open("internal sealed class Actor");
        w.Summary("Creates an actor.");
        w.Open("public Actor(string name, Official? official)");
        w.Line("Name = name;").Line("Official = official;");
        w.Close();
        w.Summary("The name as the text gives it.").Line("public string Name { get; }");
        w.Summary("The official this actor is, or null for a country, an organisation or a person without a stated role.").Line("public Official? Official { get; }");
        w.Summary("The name.").Line("public override string ToString() => Name;");
        w.Close();
        w.Line();

        w.Summary("A meeting, talks, visit, press conference... as reported, with dates resolved against the publication date.");
        w.Line(gc);
        w.Open("internal sealed class SeedEvent");
        w.Summary("Creates an event.");
        w.Open("public SeedEvent(string name, EventKind kind, SeedDate? start, SeedDate? end, string? location, global::System.Collections.Generic.IReadOnlyList<Actor> participants, SeedDocument document, Evidence evidence)");
        w.Line("Name = name;").Line("Kind = kind;").Line("Start = start;").Line("End = end;").Line("Location = location;").Line("Participants = participants;").Line("Document = document;").Line("Evidence = evidence;");
        w.Close();
        w.Summary("A short name for the event.").Line("public string Name { get; }");
        w.Summary("What kind of event it is.").Line("public EventKind Kind { get; }");
        w.Summary("The first day, as far as known.").Line("public SeedDate? Start { get; }");
        w.Summary("The last day (equal to Start for a one-day event).").Line("public SeedDate? End { get; }");
        w.Summary("The most specific place named for it.").Line("public string? Location { get; }");
        w.Summary("The people, countries and organisations taking part.").Line("public global::System.Collections.Generic.IReadOnlyList<Actor> Participants { get; }");
        w.Summary("The document that reports it.").Line("public SeedDocument Document { get; }");
        w.Summary("Where it was read.").Line("public Evidence Evidence { get; }");
        w.Summary("The name.").Line("public override string ToString() => Name;");
        w.Close();
        w.Line();

        w.Summary("A stance that a named actor takes on a topic.");
        w.Line(gc);
        w.Open("internal sealed class Position");
        w.Summary("Creates a position.");
        w.Open("public Position(Actor holder, Actor? speaker, Stance stance, string topic, SeedDocument document, Evidence evidence)");
        w.Line("Holder = holder;").Line("Speaker = speaker;").Line("Stance = stance;").Line("Topic = topic;").Line("Document = document;").Line("Evidence = evidence;");
        w.Close();
        w.Summary("Whose stance it is (a spokesperson's country, a person, or a joint holder).").Line("public Actor Holder { get; }");
        w.Summary("The named person who voiced it, if any.").Line("public Actor? Speaker { get; }");
        w.Summary("The stance.").Line("public Stance Stance { get; }");
        w.Summary("What the stance is about, in the text's words.").Line("public string Topic { get; }");
        w.Summary("The document that reports it.").Line("public SeedDocument Document { get; }");
        w.Summary("Where it was read.").Line("public Evidence Evidence { get; }");
        w.Summary("<c>holder stance: topic</c>.").Line("public override string ToString() => Holder.Name + \" \" + Stance.ToString() + \": \" + Topic;");
        w.Close();

        return SourceHeader.End(w);
    }
}
