using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using SeedGen.Diagnostics;
using SeedGen.Documents;
using SeedGen.Index;

namespace SeedGen.Cli.Commands;

/// <summary>
/// The CLI's stand-in for the compiler: reads INDEX.md and the files it lists from disk and
/// runs them through the same Core stages the generator runs.
/// </summary>
internal static class CorpusReader
{
    public static (List<DocumentModel> Documents, List<Problem> Problems) Read(string indexPath)
    {
        var fullIndex = Path.GetFullPath(indexPath);
        var problems = new List<Problem>();
        var documents = new List<DocumentModel>();
        if (!File.Exists(fullIndex))
        {
            problems.Add(Problem.Create(DiagnosticCatalog.NoIndexId, null));
            return (documents, problems);
        }

        var index = IndexParser.Parse(fullIndex, ReadText(fullIndex));
        problems.AddRange(index.Problems);
        foreach (var entry in index.Entries)
        {
            var text = File.Exists(entry.Path) ? ReadText(entry.Path) : null;
            var doc = DocumentProcessor.Process(entry, text);
            problems.AddRange(doc.Problems);
            documents.Add(doc);
        }
        return (documents, problems);
    }

    private static string ReadText(string path) => File.ReadAllText(path, new UTF8Encoding(false));
}
