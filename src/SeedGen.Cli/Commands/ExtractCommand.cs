using System.IO;
using SeedGen.Json;

namespace SeedGen.Cli.Commands;

internal static class ExtractCommand
{
    public static int Run(string indexPath, TextWriter output, TextWriter error)
    {
        var (documents, problems) = CorpusReader.Read(indexPath);
        output.Write(ExtractionJsonWriter.Write(documents));
        return ProblemPrinter.Print(problems, error) ? 1 : 0;
    }
}
