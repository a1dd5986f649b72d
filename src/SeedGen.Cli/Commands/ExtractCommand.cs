using System.IO;
using SeedGen.Json;

namespace SeedGen.Cli.Commands;

/// <summary><c>seedgen extract INDEX.md</c>: the JSON of GUIDE.md on standard output, diagnostics on standard error.</summary>
internal static class ExtractCommand
{
    public static int Run(string indexPath, TextWriter output, TextWriter error)
    {
        var corpus = CorpusReader.Read(indexPath);
        output.Write(ExtractionJsonWriter.Write(corpus.Documents));
        return ProblemPrinter.Print(corpus.Problems, error) ? 1 : 0;
    }
}
