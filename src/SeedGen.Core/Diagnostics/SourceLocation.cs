namespace SeedGen.Diagnostics;

/// <summary>
/// A place in an input file, as plain values (0-based offset, line and column) so that
/// it can live in a cached model; the generator turns it into a Roslyn Location only
/// when it reports.
/// </summary>
public sealed record SourceLocation(string Path, int Offset, int Length, int Line, int Column)
{
    /// <summary>The whole-file location used when nothing more precise is known.</summary>
    public static SourceLocation StartOf(string path) => new(path, 0, 0, 0, 0);

    /// <summary><c>path:line:col</c> with 1-based line and column, as compilers print it.</summary>
    public override string ToString() => Path + "(" + (Line + 1) + "," + (Column + 1) + ")";
}
