using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace SeedGen.Benchmarks;

/// <summary>
/// Input-size columns: MB/s (UTF-8 input bytes per second, 1 MB = 10^6 bytes) and allocated bytes
/// per input byte. The input of an operation is known from the benchmark and its parameters
/// (the corpus is deterministic, so the host process computes the same sizes as the benchmark).
/// </summary>
public static class ThroughputColumns
{
    public static readonly IColumn MegabytesPerSecond = new InputColumn("MB/s", perSecond: true);
    public static readonly IColumn AllocatedPerInputByte = new InputColumn("Alloc B / input B", perSecond: false);

    /// <summary>UTF-8 bytes of document text one operation reads, or null when it does not apply.</summary>
    public static double? InputBytesPerOperation(BenchmarkCase benchmarkCase)
    {
        var type = benchmarkCase.Descriptor.Type;
        var method = benchmarkCase.Descriptor.WorkloadMethod.Name;
        if (type == typeof(ExtractionBenchmarks))
        {
            var bytes = (double)Corpus.Get(ExtractionBenchmarks.DocumentCount).TotalUtf8Bytes;
            return method == nameof(ExtractionBenchmarks.ExtractPerDocument) ? bytes / ExtractionBenchmarks.DocumentCount : bytes;
        }
        if (type == typeof(LargeDocumentBenchmarks))
        {
            return System.Text.Encoding.UTF8.GetByteCount(LargeDocumentBenchmarks.Text);
        }
        if (type == typeof(DriverBenchmarks))
        {
            var count = (int)benchmarkCase.Parameters["Documents"];
            return Corpus.Get(count).TotalUtf8Bytes;
        }
        if (type == typeof(IncrementalBenchmarks) && method == nameof(IncrementalBenchmarks.FullRun))
        {
            return Corpus.Get(IncrementalBenchmarks.DocumentCount).TotalUtf8Bytes;
        }
        return null;
    }

    private sealed class InputColumn : IColumn
    {
        private readonly bool _perSecond;

        public InputColumn(string name, bool perSecond)
        {
            ColumnName = name;
            _perSecond = perSecond;
        }

        public string Id => "SeedGen." + ColumnName;
        public string ColumnName { get; }
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => _perSecond ? 0 : 1;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => _perSecond
            ? "Input text (UTF-8 bytes, 10^6 per MB) processed per second"
            : "Bytes allocated per byte of input text";

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var input = InputBytesPerOperation(benchmarkCase);
            var report = summary[benchmarkCase];
            if (input is null || report is null) return "-";
            if (_perSecond)
            {
                var meanNs = report.ResultStatistics?.Mean;
                if (meanNs is null || meanNs <= 0) return "-";
                return (input.Value / (meanNs.Value / 1e9) / 1e6).ToString("F2", CultureInfo.InvariantCulture);
            }
            long? allocated = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
            return allocated is null ? "-" : (allocated.Value / input.Value).ToString("F2", CultureInfo.InvariantCulture);
        }
    }
}
