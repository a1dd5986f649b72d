using System.Globalization;
using System.Text;

namespace SeedGen.Emit;

/// <summary>Emits the corpus-wide part of <c>Seeds</c>: deduplicated officials, their name constants, and the lists.</summary>
public static class CatalogEmitter
{
    private const string List = "global::System.Collections.Generic.IReadOnlyList";

    public static string Emit(CatalogSpec spec)
    {
        var w = SourceHeader.Begin(spec.Namespace);

        w.Summary("Everything SeedGen read from INDEX.md and its documents: one nested class per document, the officials, and the lists.");
        w.Line(SourceHeader.GeneratedCodeAttribute);
        w.Open("internal static partial class " + EmitOptions.CatalogClass);

        w.Summary("Every official named in the documents, one member per person (the same name in two documents is one member).");
        w.Open("public static partial class Officials");
        foreach (var o in spec.Officials)
        {
            DocumentGroupEmitter.WriteOfficial(w.StartLine().Append("/// <summary>"), o.Name, o.Title, o.Organization, o.Country)
                .Append(" ").Append(DocumentGroupEmitter.Where(o.EvidenceFile, o.Evidence.Line)).Append("</summary>").EndLine();
            var docs = new StringBuilder("new SeedDocument[] { ");
            for (var i = 0; i < o.DocumentClasses.Count; i++)
            {
                if (i > 0) docs.Append(", ");
                docs.Append(EmitOptions.CatalogClass).Append('.').Append(Identifiers.Escape(o.DocumentClasses[i])).Append(".Document");
            }
            docs.Append(" }");
            w.Line("public static Official " + Identifiers.Escape(o.Member) + " { get; } = new Official("
                + SourceEscaping.Literal(o.Name) + ", " + SourceEscaping.Literal(o.Title) + ", " + SourceEscaping.Literal(o.Organization) + ", "
                + SourceEscaping.Literal(o.Country) + ", " + docs + ", " + EmitOptions.CatalogClass + "." + Identifiers.Escape(o.EvidenceClass) + "."
                + DocumentGroupEmitter.EvidenceCall(o.Evidence.Line, o.EvidenceSentence) + ");");
        }
        w.Summary("All officials, in the order the documents first name them.");
        w.Line("public static " + List + "<Official> All { get; } = new Official[]");
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
        w.Line("public static " + List + "<SeedDocument> Documents { get; } = new SeedDocument[]");
        w.Line("{");
        foreach (var d in spec.DocumentClasses) w.Line("    " + Identifiers.Escape(d) + ".Document,");
        w.Line("};");
        w.Line();
        EmitConcat(w, spec, "Events", "SeedEvent", "Every event of every document, in document order.");
        w.Line();
        EmitConcat(w, spec, "Positions", "Position", "Every stated position of every document, in document order.");
        w.Line();
        w.Open("private static T[] Concat<T>(params " + List + "<T>[] lists)");
        w.Line("var result = new global::System.Collections.Generic.List<T>();");
        w.Line("foreach (var list in lists) result.AddRange(list);");
        w.Line("return result.ToArray();");
        w.Close();

        w.Close();
        return SourceHeader.End(w);
    }

    private static void EmitConcat(CodeWriter w, CatalogSpec spec, string member, string type, string summary)
    {
        w.Summary(summary);
        w.Line("public static " + List + "<" + type + "> " + member + " { get; } = Concat<" + type + ">(");
        for (var i = 0; i < spec.DocumentClasses.Count; i++)
        {
            w.Line("    " + Identifiers.Escape(spec.DocumentClasses[i]) + "." + member + ".All" + (i + 1 < spec.DocumentClasses.Count ? "," : string.Empty));
        }
        w.Line(");");
    }
}
