using System.Globalization;
using System.Text;
using SeedGen.Model;

namespace SeedGen.Emit;

/// <summary>Emits one group of documents: a nested class of <c>Seeds</c> per document with its metadata, officials, events and positions.</summary>
public static class DocumentGroupEmitter
{
    public static string Emit(DocumentGroupSpec spec)
    {
        var w = SourceHeader.Begin(spec.Namespace);
        w.Open("internal static partial class " + EmitOptions.CatalogClass);
        var first = true;
        foreach (var doc in spec.Documents)
        {
            if (!first) w.Line();
            first = false;
            EmitDocument(w, spec.Namespace, doc);
        }
        w.Close();
        return SourceHeader.End(w);
    }

    private static void EmitDocument(CodeWriter w, string ns, PlannedDocument doc)
    {
        var g = "global::" + ns + ".";
        var self = g + EmitOptions.CatalogClass + "." + Identifiers.Escape(doc.ClassName);
        var docRef = self + ".Document";

        w.Summary(SourceEscaping.XmlDoc(DescribeDocument(doc)));
        w.Line(SourceHeader.GeneratedCodeAttribute);
        w.Open("public static class " + Identifiers.Escape(doc.ClassName));
        w.Summary("This document's metadata from INDEX.md.");
        w.Line("public static " + g + "SeedDocument Document { get; } = new " + g + "SeedDocument(" + SourceEscaping.Literal(doc.ClassName) + ", "
            + SourceEscaping.Literal(doc.File) + ", " + SourceEscaping.Literal(doc.Title) + ", " + DateNew(g, doc.Published) + ", " + SourceEscaping.Literal(doc.Source) + ");");
        w.Summary("The title from INDEX.md, if any.").Line("public static string? Title => Document.Title;");
        w.Summary("The publication date from INDEX.md, if any.").Line("public static " + g + "SeedDate? Published => Document.Published;");
        w.Summary("Who published it, if INDEX.md says.").Line("public static string? Source => Document.Source;");
        w.Summary("The path as written in INDEX.md.").Line("public static string File => Document.File;");
        w.Line();

        w.Summary("The officials this document names; each is the corpus-wide member of <c>Seeds.Officials</c>.");
        w.Open("public static class Officials");
        foreach (var o in doc.Officials)
        {
            w.Summary(SourceEscaping.XmlDoc(DescribeOfficial(o.Record)));
            w.Line("/// <remarks>" + CatalogEmitter.Evidence(o.Record.Evidence.Sentence, doc.File, o.Record.Evidence.Line) + "</remarks>");
            w.Line("public static " + g + "Official " + Identifiers.Escape(o.Member) + " => " + g + EmitOptions.CatalogClass + ".Officials." + Identifiers.Escape(o.CatalogMember) + ";");
        }
        w.Summary("All officials of this document, in order of first mention.");
        w.Line("public static global::System.Collections.Generic.IReadOnlyList<" + g + "Official> All { get; } = new " + g + "Official[]");
        w.Line("{");
        foreach (var o in doc.Officials) w.Line("    " + g + EmitOptions.CatalogClass + ".Officials." + Identifiers.Escape(o.CatalogMember) + ",");
        w.Line("};");
        w.Close();
        w.Line();

        w.Summary("The events this document reports.");
        w.Open("public static class Events");
        foreach (var e in doc.Events)
        {
            var r = e.Record;
            w.Summary(SourceEscaping.XmlDoc(DescribeEvent(r)));
            w.Line("/// <remarks>" + CatalogEmitter.Evidence(r.Evidence.Sentence, doc.File, r.Evidence.Line) + "</remarks>");
            w.Line("public static " + g + "SeedEvent " + Identifiers.Escape(e.Member) + " { get; } = new " + g + "SeedEvent(");
            w.Line("    " + SourceEscaping.Literal(r.Name) + ", " + g + "EventKind." + Identifiers.FromText(GuideNames.Of(r.Kind)) + ", "
                + DateNew(g, r.Start) + ", " + DateNew(g, r.End) + ", " + SourceEscaping.Literal(r.Location) + ",");
            w.Line("    new " + g + "Actor[] { " + Actors(g, e.Participants) + " },");
            w.Line("    " + docRef + ", " + CatalogEmitter.EvidenceNew(ns, doc.File, r.Evidence.Line, r.Evidence.Sentence) + ");");
        }
        w.Summary("All events of this document, in document order.");
        w.Line("public static global::System.Collections.Generic.IReadOnlyList<" + g + "SeedEvent> All { get; } = new " + g + "SeedEvent[]");
        w.Line("{");
        foreach (var e in doc.Events) w.Line("    " + Identifiers.Escape(e.Member) + ",");
        w.Line("};");
        w.Close();
        w.Line();

        w.Summary("The stated positions this document reports.");
        w.Open("public static class Positions");
        foreach (var p in doc.Positions)
        {
            var r = p.Record;
            w.Summary(SourceEscaping.XmlDoc(r.Holder + " " + GuideNames.Of(r.Stance) + ": " + r.Topic + (r.Speaker is null ? string.Empty : " (said by " + r.Speaker + ")")));
            w.Line("/// <remarks>" + CatalogEmitter.Evidence(r.Evidence.Sentence, doc.File, r.Evidence.Line) + "</remarks>");
            w.Line("public static " + g + "Position " + Identifiers.Escape(p.Member) + " { get; } = new " + g + "Position(");
            w.Line("    " + Actor(g, p.Holder) + ", " + (p.Speaker is null ? "null" : Actor(g, p.Speaker)) + ", " + g + "Stance." + Identifiers.FromText(GuideNames.Of(r.Stance)) + ",");
            w.Line("    " + SourceEscaping.Literal(r.Topic) + ",");
            w.Line("    " + docRef + ", " + CatalogEmitter.EvidenceNew(ns, doc.File, r.Evidence.Line, r.Evidence.Sentence) + ");");
        }
        w.Summary("All positions of this document, in document order.");
        w.Line("public static global::System.Collections.Generic.IReadOnlyList<" + g + "Position> All { get; } = new " + g + "Position[]");
        w.Line("{");
        foreach (var p in doc.Positions) w.Line("    " + Identifiers.Escape(p.Member) + ",");
        w.Line("};");
        w.Close();

        w.Close();
    }

    private static string Actors(string g, EquatableArray<ActorRef> actors)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < actors.Count; i++)
        {
            if (i > 0) sb.Append(", ");
            sb.Append(Actor(g, actors[i]));
        }
        return sb.ToString();
    }

    private static string Actor(string g, ActorRef actor) =>
        "new " + g + "Actor(" + SourceEscaping.Literal(actor.Name) + ", "
        + (actor.OfficialMember is null ? "null" : g + EmitOptions.CatalogClass + ".Officials." + Identifiers.Escape(actor.OfficialMember)) + ")";

    private static string DateNew(string g, PartialDate? date)
    {
        if (date is not { } d) return "null";
        var inv = CultureInfo.InvariantCulture;
        return "new " + g + "SeedDate(" + d.Year.ToString(inv) + ", " + d.Month.ToString(inv) + ", " + d.Day.ToString(inv) + ")";
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

    private static string DescribeOfficial(Official o)
    {
        var sb = new StringBuilder(o.Name);
        if (o.Title is not null) sb.Append(", ").Append(o.Title);
        if (o.Organization is not null) sb.Append(", ").Append(o.Organization);
        if (o.Country is not null) sb.Append(" (").Append(o.Country).Append(')');
        return sb.Append('.').ToString();
    }

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
