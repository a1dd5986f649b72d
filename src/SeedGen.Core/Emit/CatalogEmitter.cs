using System.Globalization;
using System.Text;

namespace SeedGen.Emit;

/// <summary>Emits the corpus-wide part of <c>Seeds</c>: deduplicated officials, their name constants, and the lists.</summary>
public static class CatalogEmitter
{
    public static string Emit(CatalogSpec spec)
    {
        var w = SourceHeader.Begin(spec.Namespace);
        var seeds = "global::" + spec.Namespace + "." + EmitOptions.CatalogClass;

        w.Summary("Everything SeedGen read from INDEX.md and its documents: one nested class per document, the officials, and the lists.");
        w.Line(SourceHeader.GeneratedCodeAttribute);
        w.Open("internal static partial class " + EmitOptions.CatalogClass);

        w.Summary("Every official named in the documents, one member per person (the same name in two documents is one member).");
        w.Open("public static partial class Officials");
        foreach (var o in spec.Officials)
        {
            w.Summary(SourceEscaping.XmlDoc(Describe(o)));
            w.Line("/// <remarks>" + Evidence(o.Evidence.Sentence, o.EvidenceFile, o.Evidence.Line) + "</remarks>");
            var docs = new StringBuilder("new global::" + spec.Namespace + ".SeedDocument[] { ");
            for (var i = 0; i < o.DocumentClasses.Count; i++)
            {
                if (i > 0) docs.Append(", ");
                docs.Append(seeds).Append('.').Append(Identifiers.Escape(o.DocumentClasses[i])).Append(".Document");
            }
            docs.Append(" }");
            w.Line("public static global::" + spec.Namespace + ".Official " + Identifiers.Escape(o.Member) + " { get; } = new global::" + spec.Namespace + ".Official("
                + SourceEscaping.Literal(o.Name) + ", " + SourceEscaping.Literal(o.Title) + ", " + SourceEscaping.Literal(o.Organization) + ", "
                + SourceEscaping.Literal(o.Country) + ", " + docs + ", " + EvidenceNew(spec.Namespace, o.EvidenceFile, o.Evidence.Line, o.Evidence.Sentence) + ");");
            w.Line();
        }
        w.Summary("All officials, in the order the documents first name them.");
        w.Line("public static global::System.Collections.Generic.IReadOnlyList<global::" + spec.Namespace + ".Official> All { get; } = new global::" + spec.Namespace + ".Official[]");
        w.Line("{");
        foreach (var o in spec.Officials) w.Line("    " + Identifiers.Escape(o.Member) + ",");
        w.Line("};");
        w.Close();
        w.Line();

        w.Summary("Each official's name as a constant, for attributes, <c>switch</c> and patterns.");
        w.Open("public static partial class OfficialNames");
        foreach (var o in spec.Officials)
        {
            w.Summary(SourceEscaping.XmlDoc(o.Name));
            w.Line("public const string " + Identifiers.Escape(o.Member) + " = " + SourceEscaping.Literal(o.Name) + ";");
        }
        w.Close();
        w.Line();

        w.Summary("Every document listed in INDEX.md, in table order.");
        w.Line("public static global::System.Collections.Generic.IReadOnlyList<global::" + spec.Namespace + ".SeedDocument> Documents { get; } = new global::" + spec.Namespace + ".SeedDocument[]");
        w.Line("{");
        foreach (var d in spec.DocumentClasses) w.Line("    " + seeds + "." + Identifiers.Escape(d) + ".Document,");
        w.Line("};");
        w.Line();
        EmitConcat(w, spec, "Events", "SeedEvent", "Every event of every document, in document order.");
        w.Line();
        EmitConcat(w, spec, "Positions", "Position", "Every stated position of every document, in document order.");
        w.Line();
        w.Open("private static T[] Concat<T>(params global::System.Collections.Generic.IReadOnlyList<T>[] lists)");
        w.Line("var result = new global::System.Collections.Generic.List<T>();");
        w.Line("foreach (var list in lists) result.AddRange(list);");
        w.Line("return result.ToArray();");
        w.Close();

        w.Close();
        return SourceHeader.End(w);
    }

    private static void EmitConcat(CodeWriter w, CatalogSpec spec, string member, string type, string summary)
    {
        var seeds = "global::" + spec.Namespace + "." + EmitOptions.CatalogClass;
        w.Summary(summary);
        w.Line("public static global::System.Collections.Generic.IReadOnlyList<global::" + spec.Namespace + "." + type + "> " + member + " { get; } = Concat<global::" + spec.Namespace + "." + type + ">(");
        for (var i = 0; i < spec.DocumentClasses.Count; i++)
        {
            w.Line("    " + seeds + "." + Identifiers.Escape(spec.DocumentClasses[i]) + "." + member + ".All" + (i + 1 < spec.DocumentClasses.Count ? "," : string.Empty));
        }
        w.Line(");");
    }

    private static string Describe(PlannedOfficial o)
    {
        var sb = new StringBuilder(o.Name);
        if (o.Title is not null) sb.Append(", ").Append(o.Title);
        if (o.Organization is not null) sb.Append(", ").Append(o.Organization);
        if (o.Country is not null) sb.Append(" (").Append(o.Country).Append(')');
        sb.Append('.');
        return sb.ToString();
    }

    /// <summary>The XML doc text quoting a sentence with its <c>file:line</c>.</summary>
    public static string Evidence(string sentence, string file, int line) =>
        "\u201C" + SourceEscaping.XmlDoc(sentence) + "\u201D (<c>" + SourceEscaping.XmlDoc(file) + ":" + line.ToString(CultureInfo.InvariantCulture) + "</c>)";

    /// <summary>A <c>new Evidence(...)</c> expression.</summary>
    public static string EvidenceNew(string ns, string file, int line, string sentence) =>
        "new global::" + ns + ".Evidence(" + SourceEscaping.Literal(file) + ", " + line.ToString(CultureInfo.InvariantCulture) + ", " + SourceEscaping.Literal(sentence) + ")";
}
