using System.Threading;
using BenchmarkDotNet.Attributes;
using SeedGen.Extraction;
using SeedGen.Model;

namespace SeedGen.Benchmarks;

/// <summary>
/// The extraction engine alone, one thread: <c>Extractor.Extract(text, published)</c> over a
/// corpus of <see cref="DocumentCount"/> recombined ~4 KB news documents (about 1 MB).
/// MB/s and allocated bytes per input byte are the custom columns (see <see cref="ThroughputColumns"/>).
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    public const int DocumentCount = 256;

    private string[] _texts = null!;
    private PartialDate?[] _published = null!;

    [GlobalSetup]
    public void Setup()
    {
        var corpus = Corpus.Get(DocumentCount);
        _texts = new string[corpus.Documents.Count];
        _published = new PartialDate?[corpus.Documents.Count];
        for (var i = 0; i < _texts.Length; i++)
        {
            _texts[i] = corpus.Documents[i].Text;
            _published[i] = PartialDate.TryParse(corpus.Documents[i].Published, out var d) ? d : null;
        }
    }

    /// <summary>The whole corpus per operation (~1 MB): MB/s is the corpus size over this time.</summary>
    [Benchmark(Description = "Extract corpus (256 docs, ~1 MB)")]
    public int ExtractCorpus()
    {
        var found = 0;
        for (var i = 0; i < _texts.Length; i++)
        {
            var r = Extractor.Extract(_texts[i], _published[i], CancellationToken.None);
            found += r.Officials.Count + r.Events.Count + r.Positions.Count;
        }
        return found;
    }

    /// <summary>The same work reported per document (mean over the corpus's documents).</summary>
    [Benchmark(Description = "Extract one document (~4 KB)", OperationsPerInvoke = DocumentCount)]
    public int ExtractPerDocument() => ExtractCorpus();
}
