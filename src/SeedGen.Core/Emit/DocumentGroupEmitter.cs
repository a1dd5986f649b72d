using System.Globalization;
using System.Text;
using SeedGen.Model;

namespace SeedGen.Emit;

/// <summary>
/// Emits one group of documents: a nested class of <c>Seeds</c> per document with its metadata,
/// its string table, officials, and events and positions as compact data decoded on first use
/// (<see cref="RecordData"/>), each record a named static readonly field with a one-line doc
/// comment (fields, not properties: no accessor to bind, flow-analyse and emit per record,
/// which made compiling the generated code ~30% cheaper, docs/PERFORMANCE.md). Inside <c>Seeds</c> the supporting types
/// are named unqualified (the planner keeps every nested class from hiding them), which keeps the
/// generated code, and so the user's compile time, small.
/// </summary>
public static class DocumentGroupEmitter
{
    private const string List = "global::System.Collections.Generic.IReadOnlyList";

    public static string Emit(DocumentGroupSpec spec)
    {
        var w = SourceHeader.Begin(spec.Namespace, EstimateLength(spec));
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

    /// <summary>About the length of the file (measured: sentences take about a third, each record about 200 characters), so the builder rarely grows.</summary>
    private static int EstimateLength(DocumentGroupSpec spec)
    {
        long length = 1024;
        foreach (var doc in spec.Documents)
        {
            var local = doc.Local;
            length += 3000 + (local.Officials.Count + local.Events.Count + local.Positions.Count) * 220L;
            foreach (var sentence in local.Sentences) length += sentence.Length + 24;
        }
        return (int)System.Math.Min(length, 64L * 1024 * 1024);
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
        var data = RecordData.Of(local);
        w.Summary("This document's distinct strings: its evidence sentences first, then names, places and topics.");
        w.Line("private static readonly string[] " + CorpusPlanner.SentencesMember + " =");
        w.Line("{");
        foreach (var text in data.Strings) w.StartLine().Append("    ").Literal(text).Append(",").EndLine();
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
            WriteOfficial(w.StartLine().Append("/// <summary>"), o.Record.Name, o.Record.Title, o.Record.Organization, o.Record.Country).Append(" Line ").Append(o.Record.Evidence.Line).Append(".</summary>").EndLine();
            w.StartLine().Append("public static readonly Official ").Append(Identifiers.Escape(o.Member)).Append(" = ").Append(officials)
                .Append(Identifiers.Escape(persons[o.PersonKey])).Append(";").EndLine();
        }
        var officialItems = new System.Collections.Generic.List<string>();
        foreach (var o in local.Officials) officialItems.Add(officials + Identifiers.Escape(persons[o.PersonKey]));
        AllList(w, "Official", "All officials of this document, in order of first mention.", officialItems);
        w.Close();
        w.Line();

        w.Summary("The events this document reports.");
        w.Open("public static class Events");
        w.StartLine().Append("private static readonly SeedEvent[] " + ListMember + " = SeedData.Events(Document, " + CorpusPlanner.SentencesMember + ", Officials.All, ")
            .Literal(data.Events).Append(");").EndLine();
        for (var i = 0; i < local.Events.Count; i++)
        {
            var e = local.Events[i];
            WriteEvent(w.StartLine().Append("/// <summary>"), e.Record).Append(" Line ").Append(e.Record.Evidence.Line).Append(".</summary>").EndLine();
            w.StartLine().Append("public static readonly SeedEvent ").Append(Identifiers.Escape(e.Member)).Append(" = " + ListMember + "[").Append(i).Append("];").EndLine();
        }
        w.Summary("All events of this document, in document order.");
        w.Line("public static " + List + "<SeedEvent> All => " + ListMember + ";");
        w.Close();
        w.Line();

        w.Summary("The stated positions this document reports.");
        w.Open("public static class Positions");
        w.StartLine().Append("private static readonly Position[] " + ListMember + " = SeedData.Positions(Document, " + CorpusPlanner.SentencesMember + ", Officials.All, ")
            .Literal(data.Positions).Append(");").EndLine();
        for (var i = 0; i < local.Positions.Count; i++)
        {
            var r = local.Positions[i].Record;
            w.StartLine().Append("/// <summary>").XmlDoc(r.Holder).Append(" ").Append(GuideNames.Of(r.Stance)).Append(": ");
            WriteShortened(w, r.Topic);
            if (r.Speaker is not null) w.Append(" (said by ").XmlDoc(r.Speaker).Append(")");
            w.Append(". Line ").Append(r.Evidence.Line).Append(".</summary>").EndLine();
            w.StartLine().Append("public static readonly Position ").Append(Identifiers.Escape(local.Positions[i].Member)).Append(" = " + ListMember + "[").Append(i).Append("];").EndLine();
        }
        w.Summary("All positions of this document, in document order.");
        w.Line("public static " + List + "<Position> All => " + ListMember + ";");
        w.Close();

        w.Close();
    }

    /// <summary>The private array of a document's events or positions, decoded on first use (no generated name starts with "__").</summary>
    public const string ListMember = "__A";

    /// <summary>Topics in doc comments are cut after this many characters (at a space), the full text being <c>Topic</c>.</summary>
    public const int DocTopicLength = 80;

    /// <summary>The topic as doc text, cut after <see cref="DocTopicLength"/> characters at a space, with an ellipsis.</summary>
    private static CodeWriter WriteShortened(CodeWriter w, string text)
    {
        if (text.Length <= DocTopicLength) return w.XmlDoc(text);
        var cut = text.LastIndexOf(' ', DocTopicLength);
        if (cut < DocTopicLength / 2) cut = DocTopicLength;
        if (char.IsHighSurrogate(text[cut - 1])) cut--;
        while (cut > 0 && (text[cut - 1] == ' ' || text[cut - 1] == ',' || text[cut - 1] == ';' || text[cut - 1] == ':')) cut--;
        return w.XmlDoc(text, 0, cut).Append("\u2026");
    }

    /// <summary>Where a record was read, for a corpus-wide doc comment: <c>file:line</c>.</summary>
    public static string Where(string file, int line) =>
        "<c>" + SourceEscaping.XmlDoc(file) + ":" + line.ToString(CultureInfo.InvariantCulture) + "</c>";

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

    /// <summary>
    /// An official as doc text: <c>Name, Title, Organisation (Country).</c> Each part is escaped on its own, which
    /// gives what escaping the joined text gives: the separators are ASCII, so no surrogate pair spans two parts.
    /// </summary>
    public static CodeWriter WriteOfficial(CodeWriter w, string name, string? title, string? organization, string? country)
    {
        w.XmlDoc(name);
        if (title is not null) w.Append(", ").XmlDoc(title);
        if (organization is not null) w.Append(", ").XmlDoc(organization);
        if (country is not null) w.Append(" (").XmlDoc(country).Append(")");
        return w.Append(".");
    }

    /// <summary>An event as doc text: <c>kind: Name, start to end, Location.</c> (parts escaped on their own, as for officials).</summary>
    private static CodeWriter WriteEvent(CodeWriter w, SeedEvent e)
    {
        w.XmlDoc(GuideNames.Of(e.Kind)).Append(": ").XmlDoc(e.Name);
        if (e.Start is { } s)
        {
            w.Append(", ").XmlDoc(s.ToString());
            if (e.End is { } end && end != s) w.Append(" to ").XmlDoc(end.ToString());
        }
        if (e.Location is not null) w.Append(", ").XmlDoc(e.Location);
        return w.Append(".");
    }
}
