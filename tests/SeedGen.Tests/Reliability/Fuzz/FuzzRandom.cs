using System;
using System.Collections.Generic;

namespace SeedGen.Tests.Reliability.Fuzz;

/// <summary>
/// SplitMix64 (Steele, Lea, Flood 2014): a tiny, fully specified PRNG, so a fuzz case is the same
/// on every runtime and machine (System.Random's algorithm is unspecified). Each case gets its own
/// generator seeded from (run seed, case index): case N can be rebuilt alone from N.
/// </summary>
internal sealed class FuzzRandom
{
    private ulong _state;

    public FuzzRandom(ulong seed, long index)
    {
        _state = seed ^ (0x9E3779B97F4A7C15UL * (ulong)(index + 1));
        Next();
    }

    public ulong Next()
    {
        unchecked
        {
            var z = _state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    /// <summary>Uniform in [0, max) (max &gt; 0); the tiny modulo bias does not matter here.</summary>
    public int Int(int max) => max <= 1 ? 0 : (int)(Next() % (ulong)max);

    /// <summary>Uniform in [min, max].</summary>
    public int Between(int min, int max) => min + Int(max - min + 1);

    public bool Chance(double p) => (Next() >> 11) * (1.0 / (1UL << 53)) < p;

    public T Pick<T>(IReadOnlyList<T> items) => items[Int(items.Count)];

    public byte[] Bytes(int count)
    {
        var bytes = new byte[count];
        for (var i = 0; i < count; i++) bytes[i] = (byte)Next();
        return bytes;
    }

    public void Shuffle<T>(IList<T> list)
    {
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = Int(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
    }
}
