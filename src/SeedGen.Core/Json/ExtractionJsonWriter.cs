using System.Collections.Generic;
using System.Globalization;
using System.Text;
using SeedGen.Documents;
using SeedGen.Model;

namespace SeedGen.Json;

/// <summary>
/// Writes the JSON form of GUIDE.md (<c>{"documents":[{"file":..,"officials":[..],"events":[..],"positions":[..]}]}</c>)
/// by hand: no dependency, invariant culture, stable key order.
/// </summary>
public static class ExtractionJsonWriter
{
    public static string Write(IEnumerable<DocumentModel> documents)
    {
        var sb = new StringBuilder();
        sb.Append("{\n  \"documents\": [");
        var firstDoc = true;
        foreach (var doc in documents)
        {
            sb.Append(firstDoc ? "\n" : ",\n");
            firstDoc = false;
            sb.Append("    {\n      \"file\": ").Append(Str(doc.Entry.File)).Append(",\n");
            sb.Append("      \"published\": ").Append(Str(doc.Entry.Published?.ToString())).Append(",\n");

            sb.Append("      \"officials\": [");
            var first = true;
            foreach (var o in doc.Records.Officials)
            {
                sb.Append(first ? "\n" : ",\n");
                first = false;
                sb.Append("        {\"name\": ").Append(Str(o.Name))
                  .Append(", \"title\": ").Append(Str(o.Title))
                  .Append(", \"organization\": ").Append(Str(o.Organization))
                  .Append(", \"country\": ").Append(Str(o.Country))
                  .Append(", \"line\": ").Append(o.Evidence.Line.ToString(CultureInfo.InvariantCulture)).Append('}');
            }
            sb.Append(first ? "],\n" : "\n      ],\n");

            sb.Append("      \"events\": [");
            first = true;
            foreach (var e in doc.Records.Events)
            {
                sb.Append(first ? "\n" : ",\n");
                first = false;
                sb.Append("        {\"name\": ").Append(Str(e.Name))
                  .Append(", \"kind\": ").Append(Str(GuideNames.Of(e.Kind)))
                  .Append(", \"start\": ").Append(Str(e.Start?.ToString()))
                  .Append(", \"end\": ").Append(Str(e.End?.ToString()))
                  .Append(", \"location\": ").Append(Str(e.Location))
                  .Append(", \"participants\": [");
                for (var i = 0; i < e.Participants.Count; i++)
                {
                    if (i > 0) sb.Append(", ");
                    sb.Append(Str(e.Participants[i]));
                }
                sb.Append("], \"line\": ").Append(e.Evidence.Line.ToString(CultureInfo.InvariantCulture)).Append('}');
            }
            sb.Append(first ? "],\n" : "\n      ],\n");

            sb.Append("      \"positions\": [");
            first = true;
            foreach (var p in doc.Records.Positions)
            {
                sb.Append(first ? "\n" : ",\n");
                first = false;
                sb.Append("        {\"holder\": ").Append(Str(p.Holder))
                  .Append(", \"speaker\": ").Append(Str(p.Speaker))
                  .Append(", \"stance\": ").Append(Str(GuideNames.Of(p.Stance)))
                  .Append(", \"topic\": ").Append(Str(p.Topic))
                  .Append(", \"line\": ").Append(p.Evidence.Line.ToString(CultureInfo.InvariantCulture)).Append('}');
            }
            sb.Append(first ? "]\n" : "\n      ]\n");
            sb.Append("    }");
        }
        sb.Append(firstDoc ? "]\n}\n" : "\n  ]\n}\n");
        return sb.ToString();
    }

    /// <summary>A JSON string literal (or <c>null</c>), escaping quotes, backslashes and control characters.</summary>
    public static string Str(string? value)
    {
        if (value is null) return "null";
        var sb = new StringBuilder(value.Length + 2);
        sb.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c < 0x20 || c == '\u2028' || c == '\u2029' || char.IsSurrogate(c))
                        sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        sb.Append('"');
        return sb.ToString();
    }
}
