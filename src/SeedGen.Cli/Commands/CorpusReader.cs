using System.Collections.Generic;
using System.IO;
using System.Text;
using SeedGen.Diagnostics;
using SeedGen.Documents;
using SeedGen.Index;

namespace SeedGen.Cli.Commands;

/// <summary>
/// The CLI's stand-in for the compiler: reads INDEX.md and the files it lists from disk and
/// runs them through the same Core stages, in the same order, as the generator.
/// </summary>
internal static class CorpusReader
{
    public static Corpus Read(string indexPath)
    {
        var fullIndex = PathResolver.Normalize(Path.GetFullPath(indexPath));
        var indexes = new List<IndexParseResult>();
        var extracted = new List<ExtractedDocument>();
        if (File.Exists(fullIndex))
        {
            var index = IndexParser.Parse(fullIndex, ReadText(fullIndex));
            indexes.Add(index);
            foreach (var entry in index.Entries)
            {
                if (!File.Exists(entry.Path)) continue;
                extracted.Add(DocumentProcessor.Extract(new ExtractionInput(entry.Path, entry.File, ReadText(entry.Path), entry.Published)));
            }
        }
        return CorpusAssembler.Assemble(indexes, extracted);
    }

    /// <summary>UTF-8 with or without BOM (a UTF-16 BOM is honoured too), like the compiler reads AdditionalFiles.</summary>
    private static string ReadText(string path) => File.ReadAllText(path, new UTF8Encoding(false));
}
