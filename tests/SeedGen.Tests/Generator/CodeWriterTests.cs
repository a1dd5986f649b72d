using System.Globalization;
using System.Text;
using SeedGen.Emit;
using Xunit;

namespace SeedGen.Tests.Generator;

public class CodeWriterTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(10)]
    [InlineData(2024)]
    [InlineData(1000000)]
    [InlineData(int.MaxValue)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void Numbers_are_written_as_invariant_ToString_writes_them(int value)
    {
        var sb = new StringBuilder("x");
        InvariantDigits.Append(sb, value);
        Assert.Equal("x" + value.ToString(CultureInfo.InvariantCulture), sb.ToString());
    }

    [Theory]
    [InlineData("Wang <Yi>", "Minister & envoy", "Ministry\nof Foreign Affairs", "China")]
    [InlineData("Ana \uD83D\uDE00 Silva", null, "Org\uD83D", "\uDE00Brazil")]
    [InlineData("\u0007Name\r", "Title\u200B", null, null)]
    public void An_official_written_part_by_part_is_escaped_as_the_joined_text_would_be(string name, string? title, string? organization, string? country)
    {
        var joined = name + (title is null ? "" : ", " + title) + (organization is null ? "" : ", " + organization) + (country is null ? "" : " (" + country + ")") + ".";
        var w = new CodeWriter();
        DocumentGroupEmitter.WriteOfficial(w, name, title, organization, country);
        Assert.Equal(SourceEscaping.XmlDoc(joined), w.ToString());
    }

    [Fact]
    public void A_range_is_escaped_as_its_substring_is()
    {
        const string text = "a<b \uD83D\uDE00 c\uD83D";
        for (var start = 0; start < text.Length; start++)
        {
            for (var length = 0; start + length <= text.Length; length++)
            {
                var w = new CodeWriter();
                w.XmlDoc(text, start, length);
                Assert.Equal(SourceEscaping.XmlDoc(text.Substring(start, length)), w.ToString());
            }
        }
    }

    [Fact]
    public void A_rented_writer_starts_empty_after_an_earlier_file_on_the_thread()
    {
        var first = CodeWriter.Rent(64);
        first.Line("class A {}").Append(42).EndLine();
        Assert.Equal("class A {}\n42\n", first.ToStringAndRelease());
        var second = CodeWriter.Rent(64);
        second.Line("class B {}");
        Assert.Equal("class B {}\n", second.ToStringAndRelease());
    }
}
