using System;
using System.IO;
using SeedGen.Cli.Commands;

namespace SeedGen.Cli;

/// <summary><c>seedgen extract INDEX.md</c> prints GUIDE.md's JSON; <c>seedgen generate INDEX.md</c> prints the generated C#.</summary>
public static class Program
{
    private const string Usage =
        "usage: seedgen extract <path/to/INDEX.md>\n" +
        "       seedgen generate <path/to/INDEX.md> [--namespace <Namespace>]\n" +
        "extract prints the JSON of GUIDE.md for every listed document; generate prints the C# the generator emits.\n" +
        "Diagnostics go to standard error; the exit code is 1 when one of them is an error, 2 on bad usage.";

    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        if (args.Length >= 1 && (args[0] == "-h" || args[0] == "--help"))
        {
            output.WriteLine(Usage);
            return 0;
        }
        if (args.Length < 2)
        {
            error.WriteLine(Usage);
            return 2;
        }

        switch (args[0])
        {
            case "extract":
                if (args.Length != 2) return Fail(error);
                return IndexExists(args[1], error) ? ExtractCommand.Run(args[1], output, error) : 1;
            case "generate":
                string? ns = null;
                if (args.Length == 4 && args[2] == "--namespace") ns = args[3];
                else if (args.Length != 2) return Fail(error);
                return IndexExists(args[1], error) ? GenerateCommand.Run(args[1], ns, output, error) : 1;
            default:
                return Fail(error);
        }
    }

    private static bool IndexExists(string path, TextWriter error)
    {
        if (File.Exists(path)) return true;
        error.WriteLine("seedgen: error: index file '" + path + "' not found; pass the path of an INDEX.md");
        return false;
    }

    private static int Fail(TextWriter error)
    {
        error.WriteLine(Usage);
        return 2;
    }
}
