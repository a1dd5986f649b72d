using SeedGen.Diagnostics;
using SeedGen.Model;

namespace SeedGen.Index;

/// <summary>What one INDEX.md yields: its document rows and what was wrong with it.</summary>
public sealed record IndexParseResult(
    string IndexPath,
    EquatableArray<IndexEntry> Entries,
    EquatableArray<Problem> Problems);
