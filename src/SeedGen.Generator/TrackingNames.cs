namespace SeedGen.Generator;

/// <summary>Names of the pipeline steps, so that tests can assert what was cached.</summary>
public static class TrackingNames
{
    /// <summary>MSBuild options (namespace, index path) read from the analyzer config.</summary>
    public const string Options = nameof(Options);

    /// <summary>Each INDEX.md parsed into rows and problems.</summary>
    public const string IndexParsed = nameof(IndexParsed);

    /// <summary>All listed rows, keyed by resolved path.</summary>
    public const string ListedEntries = nameof(ListedEntries);

    /// <summary>Each AdditionalFile matched to its INDEX.md row, with its text.</summary>
    public const string DocumentInput = nameof(DocumentInput);

    /// <summary>Each document's extraction (the expensive step, one per document).</summary>
    public const string Extraction = nameof(Extraction);

    /// <summary>Each document's own member names and sentence table (one step per document).</summary>
    public const string DocumentPlan = nameof(DocumentPlan);

    /// <summary>The corpus plan: names, deduplicated officials, source groups.</summary>
    public const string Plan = nameof(Plan);

    /// <summary>One generated source file's text.</summary>
    public const string Emit = nameof(Emit);

    /// <summary>All diagnostics to report.</summary>
    public const string Diagnostics = nameof(Diagnostics);
}
