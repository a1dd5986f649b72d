using System;
using System.Collections.Generic;

namespace SeedGen.Extraction;

/// <summary>
/// The per-token arrays of one extraction (person, mention start, country, country mention start,
/// quotation, name-word flag), reused by the next extraction on the same thread instead of being
/// allocated anew for every document. Arrays come back cleared for the requested length and may be
/// longer than that: users index by token, never by the array's length. Documents of more than
/// <see cref="MaxPooledTokens"/> tokens get fresh arrays, so what a thread keeps stays small.
/// The few per-document dictionaries (country counts, people by name key and by name word) are
/// reused the same way: cleared, they enumerate in insertion order as new ones do.
/// </summary>
internal sealed class TokenScratch
{
    public const int MaxPooledTokens = 1 << 14;

    [ThreadStatic]
    private static TokenScratch? _free;

    private Token[] _tokens = Array.Empty<Token>();
    private Person?[] _people = Array.Empty<Person?>();
    private int[] _mentionStarts = Array.Empty<int>();
    private string?[] _countries = Array.Empty<string?>();
    private int[] _countryStarts = Array.Empty<int>();
    private int[] _quotes = Array.Empty<int>();
    private sbyte[] _nameWords = Array.Empty<sbyte>();
    private Dictionary<string, int>? _countryCounts;
    private Dictionary<string, Person>? _peopleByKey;
    private Dictionary<string, List<Person>>? _peopleByWord;

    /// <summary>Dictionaries that grew beyond this many entries are dropped rather than kept.</summary>
    private const int MaxPooledEntries = 4096;

    /// <summary>This thread's scratch arrays (or new ones when they are in use).</summary>
    public static TokenScratch Rent()
    {
        var scratch = _free ?? new TokenScratch();
        _free = null;
        return scratch;
    }

    /// <summary>Gives the arrays back for the next extraction on this thread; nothing may use them afterwards.</summary>
    public void Return() => _free = this;

    /// <summary>A buffer for at least <paramref name="count"/> tokens (not cleared: the tokenizer writes before anyone reads).</summary>
    public Token[] Tokens(int count)
    {
        if (count > MaxPooledTokens) return new Token[count];
        if (_tokens.Length < count) _tokens = new Token[Math.Min(MaxPooledTokens, Math.Max(count, _tokens.Length * 2))];
        return _tokens;
    }

    /// <summary>Keeps a token buffer the tokenizer had to grow, when it is small enough to keep.</summary>
    public void KeepTokens(Token[] buffer)
    {
        if (buffer.Length <= MaxPooledTokens && buffer.Length > _tokens.Length) _tokens = buffer;
    }

    public Person?[] People(int count) => Take(ref _people, count);

    public int[] MentionStarts(int count) => Take(ref _mentionStarts, count);

    public string?[] Countries(int count) => Take(ref _countries, count);

    public int[] CountryStarts(int count) => Take(ref _countryStarts, count);

    public int[] Quotes(int count) => Take(ref _quotes, count);

    public sbyte[] NameWords(int count) => Take(ref _nameWords, count);

    public Dictionary<string, int> CountryCounts() => Take(ref _countryCounts);

    public Dictionary<string, Person> PeopleByKey() => Take(ref _peopleByKey);

    public Dictionary<string, List<Person>> PeopleByWord() => Take(ref _peopleByWord);

    private static Dictionary<string, TValue> Take<TValue>(ref Dictionary<string, TValue>? cached)
    {
        if (cached is null || cached.Count > MaxPooledEntries)
        {
            cached = new Dictionary<string, TValue>(StringComparer.Ordinal);
            return cached;
        }
        cached.Clear();
        return cached;
    }

    private static T[] Take<T>(ref T[] cached, int count)
    {
        if (count > MaxPooledTokens) return new T[count];
        if (cached.Length < count)
        {
            cached = new T[Math.Min(MaxPooledTokens, Math.Max(count, cached.Length * 2))];
            return cached;
        }
        Array.Clear(cached, 0, count);
        return cached;
    }
}
