using SeedGen.Diagnostics;
using SeedGen.Model;

namespace SeedGen.Index;

/// <summary>
/// One document row of INDEX.md. <see cref="File"/> is the path as written;
/// <see cref="Path"/> is it resolved against the folder of INDEX.md, with '/' separators.
/// </summary>
public sealed record IndexEntry(
    string File,
    string Path,
    string? Title,
    PartialDate? Published,
    string? Source,
    string? Name,
    SourceLocation Location);
