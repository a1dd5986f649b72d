using System.Globalization;
using System.Text;

namespace SeedGen.Emit;

/// <summary>
/// Makes untrusted text safe in generated C#: string literals escape everything that
/// could end or bend them; XML doc text escapes markup and never lets a line break
/// (including U+0085, U+2028, U+2029) end the <c>///</c> comment.
/// </summary>
public static class SourceEscaping
{
    /// <summary>A regular C# string literal, or <c>null</c>.</summary>
    public static string Literal(string? value)
    {
        if (value is null) return "null";
        var plain = PlainPrefix(value, inXml: false);
        if (plain == value.Length) return "\"" + value + "\"";
        return AppendLiteral(new StringBuilder(value.Length + 16), value).ToString();
    }

    /// <summary>Appends <paramref name="value"/> as a regular C# string literal (or <c>null</c>) to <paramref name="sb"/>.</summary>
    public static StringBuilder AppendLiteral(StringBuilder sb, string? value)
    {
        if (value is null) return sb.Append("null");
        var plain = PlainPrefix(value, inXml: false);
        sb.Append('"').Append(value, 0, plain);
        for (var i = plain; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\0': sb.Append("\\0"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (NeedsUnicodeEscape(c)) AppendUnicodeEscape(sb, c);
                    else sb.Append(c);
                    break;
            }
        }
        return sb.Append('"');
    }

    /// <summary>Text for inside an XML doc comment element, on a single line.</summary>
    public static string XmlDoc(string? value)
    {
        if (value is null) return string.Empty;
        if (PlainPrefix(value, inXml: true) == value.Length) return value;
        return AppendXmlDoc(new StringBuilder(value.Length + 16), value).ToString();
    }

    /// <summary>Appends <paramref name="value"/> as XML doc text (see <see cref="XmlDoc"/>) to <paramref name="sb"/>.</summary>
    public static StringBuilder AppendXmlDoc(StringBuilder sb, string? value) =>
        value is null ? sb : AppendXmlDoc(sb, value, 0, value.Length);

    /// <summary>Appends <paramref name="value"/>[start, start + length) as XML doc text, exactly as <see cref="AppendXmlDoc(StringBuilder, string?)"/> appends that substring.</summary>
    public static StringBuilder AppendXmlDoc(StringBuilder sb, string value, int start, int length)
    {
        var end = start + length;
        var plain = start;
        while (plain < end && IsPlainInXml(value[plain])) plain++;
        sb.Append(value, start, plain - start);
        for (var i = plain; i < end; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '\r':
                case '\n':
                case '\t':
                case '\u0085':
                case '\u2028':
                case '\u2029':
                    sb.Append(' ');
                    break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(value[i + 1]))
                    {
                        sb.Append(c).Append(value[++i]);
                    }
                    else if (char.IsSurrogate(c) || char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format
                             || c == '\uFFFE' || c == '\uFFFF')
                    {
                        sb.Append('\uFFFD');
                    }
                    else
                    {
                        sb.Append(c);
                    }
                    break;
            }
        }
        return sb;
    }

    /// <summary>How many leading characters need no escaping (the emitter's hot path: most text needs none).</summary>
    private static int PlainPrefix(string value, bool inXml)
    {
        var i = 0;
        if (inXml)
        {
            while (i < value.Length && IsPlainInXml(value[i])) i++;
        }
        else
        {
            while (i < value.Length && IsPlainInLiteral(value[i])) i++;
        }
        return i;
    }

    /// <summary>Text for a plain <c>//</c> comment: no line breaks, no control characters.</summary>
    public static string LineComment(string? value) => XmlDoc(value);

    /// <summary>Fast path (the emitter's hot loop): a character a literal keeps as it is; anything else takes the escaping loop.</summary>
    private static bool IsPlainInLiteral(char c) =>
        c >= ' ' && c <= '~' ? c != '"' && c != '\\' : c > '~' && !NeedsUnicodeEscape(c);

    /// <summary>Fast path: a character XML doc text keeps as it is (no markup, no line break, no control, no lone surrogate).</summary>
    private static bool IsPlainInXml(char c) =>
        c >= ' ' && c <= '~' ? c != '&' && c != '<' && c != '>' : c > '~' && !NeedsUnicodeEscape(c);

    private static bool NeedsUnicodeEscape(char c) =>
        char.IsControl(c) || char.IsSurrogate(c) || c == '\u2028' || c == '\u2029' || c == '\u0085'
        || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format || c == '\uFFFE' || c == '\uFFFF';

    private static void AppendUnicodeEscape(StringBuilder sb, char c) =>
        sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
}
