using System;
using System.Diagnostics;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using SeedGen.Documents;
using SeedGen.Index;
using SeedGen.Model;
using SeedGen.Tests.Reliability.Fuzz;
using Xunit;
using Xunit.Abstractions;

namespace SeedGen.Tests.Reliability;

/// <summary>
/// Cancellation is observed in the long loops (tokenizing, sentence splitting, the finders, INDEX.md rows, planning):
/// a cancelled build stops with OperationCanceledException, never an SG0011 and never partial output. The limits
/// are hang detection; the measured latency from Cancel() to the exception goes to the test output.
/// </summary>
public sealed class CancellationTests
{
    private readonly ITestOutputHelper _output;

    public CancellationTests(ITestOutputHelper output) => _output = output;

    /// <summary>An AdditionalFile that runs an action when the generator reads it: cancellation at a known point of the run.</summary>
    private sealed class OnReadText : AdditionalText
    {
        private readonly SourceText _text;
        private readonly Action _onRead;

        public OnReadText(string path, string text, Action onRead)
        {
            Path = path;
            _text = SourceText.From(text, Encoding.UTF8);
            _onRead = onRead;
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default)
        {
            _onRead();
            return _text;
        }
    }

    [Fact]
    public void Already_cancelled_run_throws_OperationCanceledException()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() =>
            FuzzRunner.Run(new[] { FuzzFile.FromText(FuzzRunner.IndexPath, "| File |\n|---|\n| a.txt |\n"), FuzzFile.FromText(FuzzRunner.ProjectDirectory + "seeds/a.txt", "Text.") }, cts.Token));
    }

    [Fact]
    public void Cancelling_while_the_generator_reads_a_document_stops_the_run()
    {
        using var cts = new CancellationTokenSource();
        var big = LargeInputTests.News(2 << 20, "\n", seed: 3);
        var files = new AdditionalText[]
        {
            FuzzFile.FromText(FuzzRunner.IndexPath, "| File |\n|---|\n| a.txt |\n"),
            new OnReadText(FuzzRunner.ProjectDirectory + "seeds/a.txt", big, () => cts.Cancel()),
        };
        var watch = Stopwatch.StartNew();
        Assert.ThrowsAny<OperationCanceledException>(() => HangGuard.Run(_ => FuzzRunner.Run(files, cts.Token), TimeSpan.FromSeconds(30), "cancelled run"));
        _output.WriteLine($"cancelled while reading a 2 MB document: stopped after {watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void Cancelling_mid_extraction_throws_promptly()
    {
        var text = LargeInputTests.News(1 << 20, "\n", seed: 4);
        var input = new ExtractionInput("/p/big.txt", "big.txt", text, new PartialDate(2024, 6, 18));

        DocumentProcessor.Extract(input); // warm-up: the timed run below must not include JIT
        var full = Stopwatch.StartNew();
        DocumentProcessor.Extract(input);
        full.Stop();

        var tried = 0;
        foreach (var after in new[] { 10, 50, 200 })
        {
            // Only cancel well before the warm run would end, so a fast machine cannot finish first.
            if (after * 3 >= full.ElapsedMilliseconds) continue;
            tried++;
            using var cts = new CancellationTokenSource();
            var watch = Stopwatch.StartNew();
            // Cancel from a dedicated thread, not CancelAfter: its timer callback needs a thread-pool thread, which
            // other tests (and HangGuard's Task.Run) can starve on 2 cores until the extraction is over.
            var canceller = new Thread(() => { Thread.Sleep(after); cts.Cancel(); }) { IsBackground = true };
            canceller.Start();
            Assert.ThrowsAny<OperationCanceledException>(() => HangGuard.Run(_ => DocumentProcessor.Extract(input, cts.Token), TimeSpan.FromSeconds(30), "cancelled extraction"));
            canceller.Join();
            _output.WriteLine($"1 MB extraction ({full.ElapsedMilliseconds} ms in full) cancelled after {after} ms: threw after {watch.ElapsedMilliseconds} ms (latency {watch.ElapsedMilliseconds - after} ms)");
        }
        Assert.True(tried > 0, "1 MB extraction took only " + full.ElapsedMilliseconds + " ms: too fast to cancel midway at 10 ms");
    }

    [Fact]
    public void Cancelling_while_parsing_a_large_index_throws()
    {
        var sb = new StringBuilder("| File | Title |\n|---|---|\n");
        for (var i = 0; i < 200_000; i++) sb.Append("| d").Append(i).Append(".txt | T |\n");
        using var cts = new CancellationTokenSource();
        cts.CancelAfter(10);
        var text = sb.ToString();
        Assert.ThrowsAny<OperationCanceledException>(() => HangGuard.Run<int>(_ =>
        {
            // Keep parsing until the token fires: each parse observes it once per row.
            while (true) IndexParser.Parse("/p/INDEX.md", text, cts.Token);
        }, TimeSpan.FromSeconds(30), "cancelled index parse"));
    }
}
