using System;
using System.Linq;
using SeedGen.Extraction;
using Xunit;

namespace SeedGen.Tests.Extraction;

/// <summary>
/// The fast overlap (sorted root hashes, a bit mask, the greedy fallback) must count exactly what pairing
/// each word with the first unused same word (<see cref="TopicWordSet.SameWord"/>) counts.
/// </summary>
public class TopicWordSetTests
{
    private static readonly string[] Vocabulary =
    {
        "trade", "trades", "issue", "issues", "class", "classs", "press", "presss", "gas", "gass", "news", "new",
        "rights", "right", "human", "dialogue", "dialogues", "cooperation", "tariffs", "tariff", "bus", "buses",
        "a", "as", "is", "its", "it", "security", "securitys", "business", "businesss", "law", "laws",
    };

    private static double Reference(string[] a, string[] b)
    {
        if (a.Length == 0 || b.Length == 0) return 0;
        var used = new bool[b.Length];
        var common = 0;
        foreach (var w in a)
        {
            for (var j = 0; j < b.Length; j++)
            {
                if (used[j] || !TopicWordSet.SameWord(b[j], w)) continue;
                used[j] = true;
                common++;
                break;
            }
        }
        var p = (double)common / a.Length;
        var r = (double)common / b.Length;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    [Fact]
    public void Overlap_counts_what_greedy_pairing_counts_on_random_topics()
    {
        var random = new Random(20261128);
        for (var round = 0; round < 5000; round++)
        {
            var a = Enumerable.Range(0, random.Next(0, 9)).Select(_ => Vocabulary[random.Next(Vocabulary.Length)]).ToArray();
            var b = Enumerable.Range(0, random.Next(0, 9)).Select(_ => Vocabulary[random.Next(Vocabulary.Length)]).ToArray();
            var set = new TopicWordSet(a);
            var other = new TopicWordSet(b);
            Assert.Equal(Reference(a, b), TopicWordSet.Overlap(set, other));
            // a set is compared many times once prepared: a second comparison gives the same answer
            Assert.Equal(Reference(b, a), TopicWordSet.Overlap(other, set));
        }
    }

    [Fact]
    public void Joined_topics_are_compared_with_all_their_words()
    {
        var set = new TopicWordSet(new[] { "trade" });
        var other = new TopicWordSet(new[] { "trades", "tariffs" });
        Assert.Equal(2.0 / 3, TopicWordSet.Overlap(set, other), 10);
        set.AddRange(new[] { "tariff" });
        Assert.Equal(1.0, TopicWordSet.Overlap(set, other), 10);
    }
}
