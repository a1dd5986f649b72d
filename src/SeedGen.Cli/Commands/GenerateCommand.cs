using System.IO;
using SeedGen.Emit;

namespace SeedGen.Cli.Commands;

/// <summary><c>seedgen generate INDEX.md</c>: every file the generator would add, each after a <c>//HintName:</c> line.</summary>
internal static class GenerateCommand
{
    public static int Run(string indexPath, string? ns, TextWriter output, TextWriter error)
    {
        var corpus = CorpusReader.Read(indexPath);
        var plan = CorpusPlanner.Plan(corpus, new EmitOptions(Identifiers.ToNamespace(ns ?? EmitOptions.DefaultNamespace)));
        foreach (var spec in plan.Sources)
        {
            var source = SourceEmitter.Emit(spec);
            output.Write("//HintName: " + source.HintName + "\n");
            output.Write(source.Text);
            output.Write("\n");
        }
        return ProblemPrinter.Print(plan.Problems, error) ? 1 : 0;
    }
}
