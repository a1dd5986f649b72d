using System.Globalization;
using System.Text;
using SeedGen.Model;

namespace SeedGen.Emit;

/// <summary>
/// Emits one group of documents: a nested class of <c>Seeds</c> per document with its metadata,
/// its sentence table, officials, events and positions. Inside <c>Seeds</c> the supporting types
/// are named unqualified (the planner keeps every nested class from hiding them), which keeps the
/// generated code, and so the user's compile time, small.
/// </summary>
public static class DocumentGroupEmitter
{
    private const string List = "global::System.Collections.Generic.IReadOnlyList";

    public static string Emit(DocumentGroupSpec spec)
    {
        var w = SourceHeader.Begin(spec.Namespace);
        w.Open("internal static partial class " + EmitOptions.CatalogClass);
        var persons = new System.Collections.Generic.Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var p in spec.Persons) persons[p.PersonKey] = p.Member;
        var first = true;
        foreach (var doc in spec.Documents)
        {
            if (!first) w.Line();
            first = false;
            EmitDocument(w, doc, persons);
        }
        w.Close();
        return SourceHeader.End(w);
    }

    private static void EmitDocument(CodeWriter w, PlannedDocument doc, System.Collections.Generic.Dictionary<string, string> persons)
    {
        var officials = EmitOptions.CatalogClass + ".Officials.";
        var local = doc.Local;

        w.Summary(SourceEscaping.XmlDoc(DescribeDocument(doc)));
        w.Line(SourceHeader.GeneratedCodeAttribute);
        w.Open("public static class " + Identifiers.Escape(doc.ClassName));
        w.Summary("This document's metadata from INDEX.md.");
        w.Line("public static SeedDocument Document { get; } = new SeedDocument(" + SourceEscaping.Literal(doc.ClassName) + ", "
            + SourceEscaping.Literal(doc.File) + ", " + SourceEscaping.Literal(doc.Title) + ", " + DateNew(doc.Published) + ", " + SourceEscaping.Literal(doc.Source) + ");");
        w.Summary("The title from INDEX.md, if any.").Line("public static string? Title => Document.Title;");
        w.Summary("The publication date from INDEX.md, if any.").Line("public static SeedDate? Published => Document.Published;");
        w.Summary("Who published it, if INDEX.md says.").Line("public static string? Source => Document.Source;");
        w.Summary("The path as written in INDEX.md.").Line("public static string File => Document.File;");
        w.Line();
        w.Line("private static readonly string[] " + CorpusPlanner.SentencesMember + " =");
        w.Line("{");
        foreach (var sentence in local.Sentences) w.Line("    " + SourceEscaping.Literal(sentence) + ",");
        w.Line("};");
        w.Line();
        w.Summary("The evidence of a record of this document: its line and its sentence.");
        w.Line("internal static Evidence " + CorpusPlanner.EvidenceMethod + "(int line, int sentence) => new Evidence(Document.File, line, "
            + CorpusPlanner.SentencesMember + "[sentence]);");
        w.Line();

        w.Summary("The officials this document names; each is the corpus-wide member of <c>Seeds.Officials</c>.");
        w.Open("public static class Officials");
        foreach (var o in local.Officials)
        {
            w.Summary(SourceEscaping.XmlDoc(DescribeOfficial(o.Record)));
            w.Line("/// <remarks>" + CatalogEmitter.Evidence(o.Record.Evidence.Sentence, doc.File, o.Record.Evidence.Line) + "</remarks>");
            w.Line("public static Official " + Identifiers.Escape(o.Member) + " => " + officials + Identifiers.Escape(persons[o.PersonKey]) + ";");
        }
        var officialItems = new System.Collections.Generic.List<string>();
        foreach (var o in local.Officials) officialItems.Add(officials + Identifiers.Escape(persons[o.PersonKey]));
        AllList(w, "Official", "All officials of this document, in order of first mention.", officialItems);
        w.Close();
        w.Line();

        w.Summary("The events this document reports.");
        w.Open("public static class Events");
        foreach (var e in local.Events)
        {
            var r = e.Record;
            w.Summary(SourceEscaping.XmlDoc(DescribeEvent(r)));
            w.Line("/// <remarks>" + CatalogEmitter.Evidence(r.Evidence.Sentence, doc.File, r.Evidence.Line) + "</remarks>");
            w.Line("public static SeedEvent " + Identifiers.Escape(e.Member) + " { get; } = new SeedEvent("
                + SourceEscaping.Literal(r.Name) + ", EventKind." + Identifiers.FromText(GuideNames.Of(r.Kind)) + ", "
                + DateNew(r.Start) + ", " + DateNew(r.End) + ", " + SourceEscaping.Literal(r.Location) + ",");
            w.Line("    new Actor[] { " + Actors(e.Participants, persons) + " }, Document, " + EvidenceCall(r.Evidence.Line, e.Sentence) + ");");
        }
        var eventItems = new System.Collections.Generic.List<string>();
        foreach (var e in local.Events) eventItems.Add(Identifiers.Escape(e.Member));
        AllList(w, "SeedEvent", "All events of this document, in document order.", eventItems);
        w.Close();
        w.Line();

        w.Summary("The stated positions this document reports.");
        w.Open("public static class Positions");
        foreach (var p in local.Positions)
        {
            var r = p.Record;
            w.Summary(SourceEscaping.XmlDoc(r.Holder + " " + GuideNames.Of(r.Stance) + ": " + r.Topic + (r.Speaker is null ? string.Empty : " (said by " + r.Speaker + ")")));
            w.Line("/// <remarks>" + CatalogEmitter.Evidence(r.Evidence.Sentence, doc.File, r.Evidence.Line) + "</remarks>");
            w.Line("public static Position " + Identifiers.Escape(p.Member) + " { get; } = new Position("
                + Actor(p.Holder, persons) + ", " + (p.Speaker is null ? "null" : Actor(p.Speaker, persons)) + ", Stance." + Identifiers.FromText(GuideNames.Of(r.Stance)) + ",");
            w.Line("    " + SourceEscaping.Literal(r.Topic) + ", Document, " + EvidenceCall(r.Evidence.Line, p.Sentence) + ");");
        }
        var positionItems = new System.Collections.Generic.List<string>();
        foreach (var p in local.Positions) positionItems.Add(Identifiers.Escape(p.Member));
        AllList(w, "Position", "All positions of this document, in document order.", positionItems);
        w.Close();

        w.Close();
    }

    /// <summary>The <c>All</c> list of a nested class: a read-only list of its members, in order.</summary>
    private static void AllList(CodeWriter w, string type, string summary, System.Collections.Generic.List<string> items)
    {
        w.Summary(summary);
        w.Line("public static " + List + "<" + type + "> All { get; } = new " + type + "[]");
        w.Line("{");
        foreach (var item in items) w.Line("    " + item + ",");
        w.Line("};");
    }

    /// <summary>A call of the enclosing document class's evidence factory.</summary>
    public static string EvidenceCall(int line, int sentence) =>
        CorpusPlanner.EvidenceMethod + "(" + line.ToString(CultureInfo.InvariantCulture) + ", " + sentence.ToString(CultureInfo.InvariantCulture) + ")";

    private static string Actors(EquatableArray<LocalActor> actors, System.Collections.Generic.Dictionary<string, string> persons)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < actors.Count; i++)
        {
            if (i > 0) sb.Append(", ");
            sb.Append(Actor(actors[i], persons));
        }
        return sb.ToString();
    }

    /// <summary><c>new Actor(name, Seeds.Officials.X)</c> when the actor is one of the document's officials, else with null.</summary>
    private static string Actor(LocalActor actor, System.Collections.Generic.Dictionary<string, string> persons) =>
        "new Actor(" + SourceEscaping.Literal(actor.Name) + ", "
        + (actor.PersonKey is null ? "null" : EmitOptions.CatalogClass + ".Officials." + Identifiers.Escape(persons[actor.PersonKey])) + ")";

    private static string DateNew(PartialDate? date)
    {
        if (date is not { } d) return "null";
        var inv = CultureInfo.InvariantCulture;
        return "new SeedDate(" + d.Year.ToString(inv) + ", " + d.Month.ToString(inv) + ", " + d.Day.ToString(inv) + ")";
    }

    private static string DescribeDocument(PlannedDocument doc)
    {
        var sb = new StringBuilder(doc.Title ?? doc.File);
        if (doc.Source is not null || doc.Published is not null)
        {
            sb.Append(" (");
            if (doc.Source is not null) sb.Append(doc.Source);
            if (doc.Source is not null && doc.Published is not null) sb.Append(", ");
            if (doc.Published is { } p) sb.Append(p.ToString());
            sb.Append(')');
        }
        sb.Append(". From ").Append(doc.File).Append('.');
        return sb.ToString();
    }

    /// <summary>"Name, title, organisation (country)." for doc comments.</summary>
    public static string DescribeOfficial(string name, string? title, string? organization, string? country)
    {
        var sb = new StringBuilder(name);
        if (title is not null) sb.Append(", ").Append(title);
        if (organization is not null) sb.Append(", ").Append(organization);
        if (country is not null) sb.Append(" (").Append(country).Append(')');
        return sb.Append('.').ToString();
    }

    private static string DescribeOfficial(Official o) => DescribeOfficial(o.Name, o.Title, o.Organization, o.Country);

    private static string DescribeEvent(SeedEvent e)
    {
        var sb = new StringBuilder(GuideNames.Of(e.Kind)).Append(": ").Append(e.Name);
        if (e.Start is { } s)
        {
            sb.Append(", ").Append(s.ToString());
            if (e.End is { } end && end != s) sb.Append(" to ").Append(end.ToString());
        }
        if (e.Location is not null) sb.Append(", ").Append(e.Location);
        return sb.Append('.').ToString();
    }
}
