using System.IO;

namespace SeedGen.Cli.Commands;

internal static class GenerateCommand
{
    public static int Run(string indexPath, string? ns, TextWriter output, TextWriter error)
    {
        var (documents, problems) = CorpusReader.Read(indexPath);
        error.WriteLine("generate: not implemented yet");
        return ProblemPrinter.Print(problems, error) ? 1 : 1;
    }
}
