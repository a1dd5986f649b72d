using System.Text;

namespace SeedGen.Emit;

/// <summary>A small indented text writer: the emitter's only way to produce code ("\n" line ends).</summary>
public sealed class CodeWriter
{
    private readonly StringBuilder _sb = new(16 * 1024);
    private int _indent;

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

    public override string ToString() => _sb.ToString();
}
