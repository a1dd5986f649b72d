using System;
using System.Collections;
using System.Collections.Generic;

namespace SeedGen.Extraction;

/// <summary>
/// A document's tokens: the first <see cref="Count"/> entries of an array (which may be a reused,
/// longer buffer, see <see cref="TokenScratch"/>). The indexer returns a read-only reference, so
/// <c>tokens[i].Is("the")</c> reads the token in place; like <see cref="List{T}"/> it rejects an
/// index outside the list with <see cref="ArgumentOutOfRangeException"/>.
/// </summary>
internal sealed class TokenList : IReadOnlyList<Token>
{
    private readonly Token[] _items;
    private readonly int _count;

    public TokenList(Token[] items, int count)
    {
        _items = items;
        _count = count;
    }

    public int Count => _count;

    public ref readonly Token this[int index]
    {
        get
        {
            if ((uint)index >= (uint)_count) ThrowIndex();
            return ref _items[index];
        }
    }

    Token IReadOnlyList<Token>.this[int index] => this[index];

    public IEnumerator<Token> GetEnumerator()
    {
        for (var i = 0; i < _count; i++) yield return _items[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static void ThrowIndex()
        => throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
}
