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
