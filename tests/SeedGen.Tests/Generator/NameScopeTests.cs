using System.Linq;
using SeedGen.Emit;
using Xunit;

namespace SeedGen.Tests.Generator;

/// <summary>NameScope hands out the first free suffix, also when one base name is asked for many times.</summary>
public class NameScopeTests
{
    [Fact]
    public void Repeated_base_name_gets_the_first_free_suffix_each_time()
    {
        var scope = new NameScope("Seeds", "All");
        Assert.Equal("Meeting5", scope.Allocate("Meeting5"));
        var names = Enumerable.Range(0, 7).Select(_ => scope.Allocate("Meeting")).ToArray();
        Assert.Equal(new[] { "Meeting", "Meeting2", "Meeting3", "Meeting4", "Meeting6", "Meeting7", "Meeting8" }, names);
        Assert.Equal("Meeting9", scope.Allocate("Meeting"));
        Assert.Equal("All2", scope.Allocate("All"));
        Assert.Equal("Seeds2", scope.Allocate("Seeds"));
    }

    [Fact]
    public void A_taken_suffixed_name_is_skipped_even_when_taken_after_the_base()
    {
        var scope = new NameScope();
        Assert.Equal("Talks", scope.Allocate("Talks"));
        Assert.Equal("Talks2", scope.Allocate("Talks"));
        Assert.Equal("Talks3", scope.Allocate("Talks3"));
        Assert.Equal("Talks4", scope.Allocate("Talks"));
        Assert.Equal("Talks32", scope.Allocate("Talks3"));
    }

    [Fact]
    public void Ten_thousand_documents_with_one_title_get_distinct_names_in_order()
    {
        var scope = new NameScope();
        var names = Enumerable.Range(0, 10_000).Select(_ => scope.Allocate("Title")).ToArray();
        Assert.Equal("Title", names[0]);
        Assert.Equal("Title10000", names[^1]);
        Assert.Equal(names.Length, names.Distinct().Count());
    }
}
