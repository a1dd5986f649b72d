using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace SeedGen.Emit;

/// <summary>
/// Turns document text into C# identifiers. The rule (docs/GENERATED-API.md):
/// words are runs of letters and digits (apostrophes dropped, everything else splits);
/// each word's first letter is upper-cased (invariant), the rest is kept; at most
/// <c>maxWords</c> words and <see cref="MaxLength"/> characters; an empty result is
/// <c>Unnamed</c>; a result not starting with a letter gets a leading <c>_</c>;
/// a C# keyword is written with <c>@</c> when emitted.
/// Letters of any script are kept, so a name in Chinese characters stays readable.
/// </summary>
public static class Identifiers
{
    public const int MaxLength = 80;

    private static readonly HashSet<string> Keywords = new(System.StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
        "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
        "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
        "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
        "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short",
        "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
        "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
        // Undocumented but reserved by the C# compiler: "class __arglist" does not parse (found by fuzzing, docs/RELIABILITY.md).
        "__arglist", "__makeref", "__reftype", "__refvalue",
    };

    public static bool IsKeyword(string name) => Keywords.Contains(name);

    /// <summary>Pascal-cased identifier (without any '@') for free text.</summary>
    public static string FromText(string? text, int maxWords = int.MaxValue)
    {
        var sb = new StringBuilder(text is null ? 8 : System.Math.Min(text.Length, MaxLength) + 1);
        return AppendFromText(sb, text, maxWords).ToString();
    }

    /// <summary>Appends <see cref="FromText"/>'s identifier for <paramref name="text"/> to <paramref name="sb"/> (no intermediate string).</summary>
    public static StringBuilder AppendFromText(StringBuilder sb, string? text, int maxWords = int.MaxValue)
    {
        var start = sb.Length;
        var words = 0;
        var inWord = false;
        if (text is not null)
        {
            foreach (var c in text)
            {
                if (c == '\'' || c == '\u2019' || c == '\u2018') continue;
                if (IsPart(c))
                {
                    if (!inWord)
                    {
                        if (words == maxWords) break;
                        words++;
                        inWord = true;
                        sb.Append(char.ToUpperInvariant(c));
                    }
                    else
                    {
                        sb.Append(c);
                    }
                }
                else
                {
                    inWord = false;
                }
                if (sb.Length - start >= MaxLength) break;
            }
        }

        if (sb.Length == start) return sb.Append("Unnamed");
        if (sb.Length - start > MaxLength) sb.Length = start + MaxLength;
        if (!IsStart(sb[start])) sb.Insert(start, '_');
        return sb;
    }

    /// <summary>
    /// The longest name (in UTF-8 bytes) used as written. Metadata names are limited to 1024 UTF-8 bytes: a longer type
    /// name compiles but fails at emit (CS7013), found by fuzzing; half of that leaves room for suffixes.
    /// </summary>
    public const int MaxUtf8Bytes = 512;

    /// <summary>True when <paramref name="name"/> can be used as written (no '@', not a keyword, at most <see cref="MaxUtf8Bytes"/>).</summary>
    public static bool IsValid(string? name)
    {
        if (string.IsNullOrEmpty(name) || IsKeyword(name!) || name!.Length > MaxUtf8Bytes || Encoding.UTF8.GetByteCount(name) > MaxUtf8Bytes) return false;
        if (!IsStart(name![0]) && name[0] != '_') return false;
        foreach (var c in name)
        {
            if (!IsPart(c) && c != '_') return false;
        }
        return true;
    }

    /// <summary>
    /// True when <paramref name="name"/> can name a generated type as written: valid, and not made only of lower-case
    /// ASCII letters, which the compiler warns about (CS8981) or rejects as a type name (<c>record</c>, <c>file</c>,
    /// <c>required</c>, <c>scoped</c>, <c>var</c>...). Found by fuzzing, docs/RELIABILITY.md.
    /// </summary>
    public static bool IsValidTypeName(string? name)
    {
        if (!IsValid(name)) return false;
        foreach (var c in name!)
        {
            if (c < 'a' || c > 'z') return true;
        }
        return false;
    }

    /// <summary>The identifier as it must appear in source: keywords get '@'.</summary>
    public static string Escape(string name) => IsKeyword(name) ? "@" + name : name;

    /// <summary>A dotted namespace made of valid identifiers, or null when <paramref name="ns"/> is not one.</summary>
    public static bool IsValidNamespace(string? ns)
    {
        if (string.IsNullOrEmpty(ns)) return false;
        foreach (var part in ns!.Split('.'))
        {
            if (!IsValid(part)) return false;
        }
        return true;
    }

    /// <summary>Each segment of a dotted name made valid.</summary>
    public static string ToNamespace(string? ns)
    {
        if (string.IsNullOrWhiteSpace(ns)) return "SeedGen.Generated";
        var parts = ns!.Split('.');
        var result = new List<string>();
        foreach (var part in parts)
        {
            if (part.Trim().Length == 0) continue;
            result.Add(IsValid(part) ? part : FromText(part));
        }
        return result.Count == 0 ? "SeedGen.Generated" : string.Join(".", result);
    }

    private static bool IsStart(char c) => char.IsLetter(c);

    private static bool IsPart(char c)
    {
        switch (CharUnicodeInfo.GetUnicodeCategory(c))
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
            case UnicodeCategory.LetterNumber:
            case UnicodeCategory.DecimalDigitNumber:
                return true;
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.SpacingCombiningMark:
                return true;
            default:
                return false;
        }
    }
}
