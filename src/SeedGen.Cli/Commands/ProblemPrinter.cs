using System.Collections.Generic;
using System.IO;
using SeedGen.Diagnostics;

namespace SeedGen.Cli.Commands;

internal static class ProblemPrinter
{
    /// <summary>Prints every problem as a compiler would (<c>path(line,col): error SG0004: ...</c>); true when one is an error.</summary>
    public static bool Print(IEnumerable<Problem> problems, TextWriter error)
    {
        var failed = false;
        foreach (var p in problems)
        {
            error.WriteLine(p.ToString());
            failed |= p.Info.Severity == ProblemSeverity.Error;
        }
        return failed;
    }
}
