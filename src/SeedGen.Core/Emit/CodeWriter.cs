using System.Text;

namespace SeedGen.Emit;

/// <summary>
/// A small indented text writer: the emitter's only way to produce code ("\n" line ends).
/// Whole lines go through <see cref="Line"/>; hot lines are built piece by piece
/// (<see cref="StartLine"/>, <see cref="Append(string)"/>, <see cref="Literal"/>, <see cref="XmlDoc"/>,
/// <see cref="EndLine"/>) so that no intermediate string is made for them.
/// </summary>
public sealed class CodeWriter
{
    private readonly StringBuilder _sb;
    private int _indent;

    /// <summary>The largest builder kept for reuse on a thread (in characters): the memory a long-lived compiler process holds for it.</summary>
    public const int MaxKeptCapacity = 1 << 20;

    /// <summary>One builder per thread, reused by <see cref="Rent"/> (a group file's builder would otherwise be allocated, and grown, per file).</summary>
    [System.ThreadStatic]
    private static StringBuilder? _kept;

    /// <param name="capacity">Expected length of the text: a good estimate spares the builder's growth.</param>
    public CodeWriter(int capacity = 16 * 1024)
        : this(new StringBuilder(capacity))
    {
    }

    private CodeWriter(StringBuilder sb)
    {
        _sb = sb;
    }

    /// <summary>
    /// A writer over this thread's kept builder when there is one (else a new builder of <paramref name="capacity"/>);
    /// <see cref="ToStringAndRelease"/> gives the text and keeps the builder for the next file.
    /// </summary>
    public static CodeWriter Rent(int capacity = 16 * 1024)
    {
        var sb = _kept;
        if (sb is null) return new CodeWriter(capacity);
        _kept = null;
        sb.Clear();
        if (sb.Capacity < capacity) sb.EnsureCapacity(capacity);
        return new CodeWriter(sb);
    }

    /// <summary>The text written; the builder is kept for this thread's next <see cref="Rent"/> (unless it is over <see cref="MaxKeptCapacity"/>). Do not use the writer afterwards.</summary>
    public string ToStringAndRelease()
    {
        var text = _sb.ToString();
        if (_sb.Capacity <= MaxKeptCapacity)
        {
            _sb.Clear();
            _kept = _sb;
        }
        return text;
    }

    public CodeWriter Line(string text = "")
    {
        if (text.Length > 0) _sb.Append(' ', _indent * 4).Append(text);
        _sb.Append('\n');
        return this;
    }

    public CodeWriter Open(string header)
    {
        Line(header);
        Line("{");
        _indent++;
        return this;
    }

    public CodeWriter Close(string suffix = "")
    {
        _indent--;
        Line("}" + suffix);
        return this;
    }

    /// <summary>A one-line doc comment of XML text (already escaped, or constant).</summary>
    public CodeWriter Summary(string xmlText) => StartLine().Append("/// <summary>").Append(xmlText).Append("</summary>").EndLine();

    /// <summary>Starts a line at the current indentation.</summary>
    public CodeWriter StartLine()
    {
        _sb.Append(' ', _indent * 4);
        return this;
    }

    /// <summary>Appends code as it is.</summary>
    public CodeWriter Append(string code)
    {
        _sb.Append(code);
        return this;
    }

    /// <summary>Appends a non-negative number in invariant digits.</summary>
    public CodeWriter Append(int value)
    {
        InvariantDigits.Append(_sb, value);
        return this;
    }

    /// <summary>Appends untrusted text as a C# string literal (<see cref="SourceEscaping.AppendLiteral"/>).</summary>
    public CodeWriter Literal(string? text)
    {
        SourceEscaping.AppendLiteral(_sb, text);
        return this;
    }

    /// <summary>Appends untrusted text as XML doc text (<see cref="SourceEscaping.AppendXmlDoc"/>).</summary>
    public CodeWriter XmlDoc(string? text)
    {
        SourceEscaping.AppendXmlDoc(_sb, text);
        return this;
    }

    /// <summary>Appends untrusted text[start, start + length) as XML doc text.</summary>
    public CodeWriter XmlDoc(string text, int start, int length)
    {
        SourceEscaping.AppendXmlDoc(_sb, text, start, length);
        return this;
    }

    /// <summary>Ends the line started with <see cref="StartLine"/>.</summary>
    public CodeWriter EndLine()
    {
        _sb.Append('\n');
        return this;
    }

    public override string ToString() => _sb.ToString();
}
