using SeedGen.Diagnostics;
using SeedGen.Index;
using SeedGen.Model;

namespace SeedGen.Documents;

/// <summary>One listed document after extraction: its INDEX.md row, its records and its problems.</summary>
public sealed record DocumentModel(
    IndexEntry Entry,
    ExtractionResult Records,
    EquatableArray<Problem> Problems);
