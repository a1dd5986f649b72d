using System.Linq;
using System.Threading;
using SeedGen.Extraction;
using Xunit;

namespace SeedGen.Tests.Extraction;

public class TokenizerTests
{
    private static string[] Words(string text) => Tokenizer.Tokenize(text, CancellationToken.None).Select(t => t.Text).ToArray();

    [Fact]
    public void Keeps_abbreviations_and_initials_together()
    {
        Assert.Equal(new[] { "Mr.", "Arno", "J.", "Vell", "visited", "the", "U.S.", "on", "Nov.", "3", "." }, Words("Mr. Arno J. Vell visited the U.S. on Nov. 3."));
    }

    [Fact]
    public void Splits_possessive_s_and_keeps_hyphenated_names()
    {
        Assert.Equal(new[] { "Tarvia", "'s", "envoy", "Kim", "Dae-ro", "spoke" }, Words("Tarvia\u2019s envoy Kim Dae-ro spoke"));
    }

    [Fact]
    public void Keeps_day_ranges_as_one_number()
    {
        var tokens = Tokenizer.Tokenize("on July 25-26 and 2+2 talks", CancellationToken.None);
        Assert.Contains(tokens, t => t.Text == "25-26" && t.Kind == TokenKind.Number);
    }

    [Fact]
    public void Every_ASCII_control_character_separates_words_and_only_CR_and_LF_break_lines()
    {
        for (var c = (char)0; c <= ' '; c++)
        {
            var tokens = Tokenizer.Tokenize("Wang" + c + "Yi" + c + "7", CancellationToken.None);
            Assert.Equal(new[] { "Wang", "Yi", "7" }, Enumerable.Range(0, tokens.Count).Select(i => tokens[i].Text).ToArray());
            Assert.Equal(c == '\n' || c == '\r', tokens[1].NewlineBefore);
        }
        Assert.Equal(new[] { "Zo\u00EB", "\u00C9lys\u00E9e", "\u5F20\u4E09", "a1b2" }, Words("Zo\u00EB \u00C9lys\u00E9e \u5F20\u4E09 a1b2"));
    }

    [Fact]
    public void Marks_line_breaks()
    {
        var tokens = Tokenizer.Tokenize("Headline here\n\nBody text.", CancellationToken.None);
        Assert.True(tokens.Single(t => t.Text == "Body").NewlineBefore);
        Assert.False(tokens.Single(t => t.Text == "here").NewlineBefore);
    }

    [Fact]
    public void Is_linear_on_long_runs_of_punctuation()
    {
        var text = new string('.', 200000) + new string('-', 200000);
        var tokens = Tokenizer.Tokenize(text, CancellationToken.None);
        Assert.True(tokens.Count > 0);
    }
}
