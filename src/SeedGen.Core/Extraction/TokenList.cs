using System.Collections;
using System.Collections.Generic;

namespace SeedGen.Extraction;

/// <summary>
/// A document's tokens in one array of exactly the right size. The indexer returns a read-only
/// reference, so <c>tokens[i].Is("the")</c> reads the token in place.
/// </summary>
internal sealed class TokenList : IReadOnlyList<Token>
{
    private readonly Token[] _items;

    public TokenList(Token[] items) => _items = items;

    public int Count => _items.Length;

    public ref readonly Token this[int index] => ref _items[index];

    Token IReadOnlyList<Token>.this[int index] => _items[index];

    public IEnumerator<Token> GetEnumerator() => ((IEnumerable<Token>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();
}
