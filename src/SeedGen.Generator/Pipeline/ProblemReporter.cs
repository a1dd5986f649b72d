using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SeedGen.Diagnostics;

namespace SeedGen.Generator.Pipeline;

/// <summary>Turns a <see cref="Problem"/> (plain data from a cached step) into a Roslyn diagnostic at report time.</summary>
internal static class ProblemReporter
{
    public static Diagnostic ToDiagnostic(Problem problem)
    {
        var args = new object[problem.Args.Count];
        for (var i = 0; i < args.Length; i++) args[i] = problem.Args[i];
        return Diagnostic.Create(DiagnosticDescriptors.For(problem.Id), ToLocation(problem.Location), args);
    }

    private static Location ToLocation(SourceLocation? location)
    {
        if (location is null) return Location.None;
        var start = new LinePosition(location.Line, location.Column);
        var end = new LinePosition(location.Line, location.Column + location.Length);
        return Location.Create(location.Path, new TextSpan(location.Offset, location.Length), new LinePositionSpan(start, end));
    }
}
