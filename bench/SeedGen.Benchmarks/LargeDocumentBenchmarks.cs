using System.Threading;
using BenchmarkDotNet.Attributes;
using SeedGen.Extraction;
using SeedGen.Model;

namespace SeedGen.Benchmarks;

/// <summary>
/// Issue #5's bounded-time figure: one 10 MB document (the corpus's documents concatenated, each
/// a paragraph block, until 10,000,000 UTF-8 bytes), extracted in one call, warm.
/// </summary>
[MemoryDiagnoser]
public class LargeDocumentBenchmarks
{
    public const int TargetBytes = 10_000_000;

    private static string? _text;

    /// <summary>The document, built once per process (deterministic: the corpus order).</summary>
    public static string Text => _text ??= Build();

    private static string Build()
    {
        var sb = new System.Text.StringBuilder(TargetBytes + 8192);
        var corpus = Corpus.Get(4000);
        var bytes = 0;
        for (var i = 0; bytes < TargetBytes; i = (i + 1) % corpus.Documents.Count)
        {
            var text = corpus.Documents[i].Text;
            sb.Append(text).Append("\n\n");
            bytes += System.Text.Encoding.UTF8.GetByteCount(text) + 2;
        }
        return sb.ToString();
    }

    [GlobalSetup]
    public void Setup() => _ = Text;

    [Benchmark(Description = "Extract one 10 MB document")]
    public int ExtractLarge()
    {
        var r = Extractor.Extract(Text, new PartialDate(2024, 6, 18), CancellationToken.None);
        return r.Officials.Count + r.Events.Count + r.Positions.Count;
    }
}
