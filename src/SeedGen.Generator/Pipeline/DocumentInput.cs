using SeedGen.Index;

namespace SeedGen.Generator.Pipeline;

/// <summary>A listed document's row and text: the whole input of its extraction step, compared by value.</summary>
internal sealed record DocumentInput(IndexEntry Entry, string Text);
