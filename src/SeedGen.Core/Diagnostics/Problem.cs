using SeedGen.Model;

namespace SeedGen.Diagnostics;

/// <summary>
/// A diagnostic as data: the id of a <see cref="DiagnosticCatalog"/> entry, where it
/// applies (null: no file to point at) and the arguments of its message.
/// </summary>
public sealed record Problem(string Id, SourceLocation? Location, EquatableArray<string> Args)
{
    public static Problem Create(string id, SourceLocation? location, params string[] args) =>
        new(id, location, new EquatableArray<string>(args));

    public DiagnosticInfo Info => DiagnosticCatalog.Get(Id);

    /// <summary>The message with its arguments filled in.</summary>
    public string Message => string.Format(System.Globalization.CultureInfo.InvariantCulture, Info.MessageFormat, ToObjects(Args));

    /// <summary>The line a compiler would print: <c>path(line,col): error SG0004: message</c>.</summary>
    public override string ToString()
    {
        var where = Location is null ? "SeedGen" : Location.ToString();
        return where + ": " + Info.SeverityWord + " " + Id + ": " + Message;
    }

    private static object[] ToObjects(EquatableArray<string> args)
    {
        var result = new object[args.Count];
        for (var i = 0; i < args.Count; i++) result[i] = args[i];
        return result;
    }
}
