using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using SeedGen.Index;

namespace SeedGen.Generator.Pipeline;

/// <summary>Every row of every INDEX.md by resolved path, so each AdditionalFile can find its row.</summary>
internal sealed class ListedEntries : IEquatable<ListedEntries>
{
    private readonly Dictionary<string, IndexEntry> _byPath;
    private readonly Dictionary<string, IndexEntry> _byPathIgnoreCase;
    private readonly List<IndexEntry> _ordered;

    public ListedEntries(ImmutableArray<IndexParseResult> indexes)
    {
        _byPath = new Dictionary<string, IndexEntry>(StringComparer.Ordinal);
        _byPathIgnoreCase = new Dictionary<string, IndexEntry>(StringComparer.OrdinalIgnoreCase);
        _ordered = new List<IndexEntry>();
        var sorted = new List<IndexParseResult>(indexes);
        sorted.Sort((a, b) => string.CompareOrdinal(a.IndexPath, b.IndexPath));
        foreach (var index in sorted)
        {
            foreach (var entry in index.Entries)
            {
                if (_byPath.ContainsKey(entry.Path)) continue;
                _byPath.Add(entry.Path, entry);
                if (!_byPathIgnoreCase.ContainsKey(entry.Path)) _byPathIgnoreCase.Add(entry.Path, entry);
                _ordered.Add(entry);
            }
        }
    }

    /// <summary>The row listing <paramref name="path"/>: exact match first, then ignoring case (Windows, macOS).</summary>
    public IndexEntry? Find(string path)
    {
        var normalized = PathResolver.Normalize(path);
        if (_byPath.TryGetValue(normalized, out var entry)) return entry;
        return _byPathIgnoreCase.TryGetValue(normalized, out entry) ? entry : null;
    }

    public bool Equals(ListedEntries? other)
    {
        if (other is null || other._ordered.Count != _ordered.Count) return false;
        for (var i = 0; i < _ordered.Count; i++)
        {
            if (!_ordered[i].Equals(other._ordered[i])) return false;
        }
        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as ListedEntries);

    public override int GetHashCode() => _ordered.Count;
}
