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

    /// <param name="capacity">Expected length of the text: a good estimate spares the builder's growth.</param>
    public CodeWriter(int capacity = 16 * 1024)
    {
        _sb = new StringBuilder(capacity);
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

    public CodeWriter Summary(string xmlText) => Line("/// <summary>" + xmlText + "</summary>");

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
        _sb.Append(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
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

    /// <summary>Ends the line started with <see cref="StartLine"/>.</summary>
    public CodeWriter EndLine()
    {
        _sb.Append('\n');
        return this;
    }

    public override string ToString() => _sb.ToString();
}
