using SeedGen.Index;
using Xunit;

namespace SeedGen.Tests.Index;

public sealed class PathResolverTests
{
    [Theory]
    [InlineData("a/b.txt", "a/b.txt")]
    [InlineData("a\\b\\c.txt", "a/b/c.txt")]
    [InlineData("./a/./b.txt", "a/b.txt")]
    [InlineData("a//b.txt", "a/b.txt")]
    [InlineData("a/b/../c.txt", "a/c.txt")]
    [InlineData("a/../../b.txt", "../b.txt")]
    [InlineData("../../x", "../../x")]
    [InlineData("/corpus/set/../docs/a.txt", "/corpus/docs/a.txt")]
    [InlineData("/../a.txt", "/a.txt")]
    [InlineData("C:\\corpus\\set\\..\\a.txt", "C:/corpus/a.txt")]
    [InlineData("c:/a/../../b", "c:/b")]
    [InlineData("//server/share/a/../b.txt", "//server/share/b.txt")]
    [InlineData("", "")]
    public void Normalize_UsesSlashesAndFoldsDots(string path, string expected)
    {
        Assert.Equal(expected, PathResolver.Normalize(path));
    }

    [Theory]
    [InlineData("/a", true)]
    [InlineData("\\a", true)]
    [InlineData("C:\\a", true)]
    [InlineData("d:/a", true)]
    [InlineData("a/b", false)]
    [InlineData("../a", false)]
    [InlineData("1:/a", false)]
    [InlineData("", false)]
    public void IsRooted(string path, bool expected)
    {
        Assert.Equal(expected, PathResolver.IsRooted(path));
    }

    [Theory]
    [InlineData("/corpus/set/INDEX.md", "/corpus/set/")]
    [InlineData("C:\\corpus\\INDEX.md", "C:/corpus/")]
    [InlineData("set/./INDEX.md", "set/")]
    [InlineData("INDEX.md", "")]
    public void DirectoryOf_KeepsTheTrailingSlash(string path, string expected)
    {
        Assert.Equal(expected, PathResolver.DirectoryOf(path));
    }

    [Theory]
    [InlineData("/corpus/set/a.txt", "a.txt")]
    [InlineData("docs\\b.txt", "b.txt")]
    [InlineData("c.txt", "c.txt")]
    public void FileNameOf_IsTheLastSegment(string path, string expected)
    {
        Assert.Equal(expected, PathResolver.FileNameOf(path));
    }

    [Theory]
    [InlineData("/corpus/set/INDEX.md", "a.txt", "/corpus/set/a.txt")]
    [InlineData("/corpus/set/INDEX.md", "../docs/a.txt", "/corpus/docs/a.txt")]
    [InlineData("/corpus/set/INDEX.md", "docs\\a.txt", "/corpus/set/docs/a.txt")]
    [InlineData("/corpus/set/INDEX.md", "/elsewhere/a.txt", "/elsewhere/a.txt")]
    [InlineData("/corpus/set/INDEX.md", "C:\\x\\a.txt", "C:/x/a.txt")]
    [InlineData("C:\\corpus\\set\\INDEX.md", "..\\a.txt", "C:/corpus/a.txt")]
    [InlineData("INDEX.md", "a.txt", "a.txt")]
    [InlineData("set/INDEX.md", "../../a.txt", "../a.txt")]
    public void Resolve_IsRelativeToTheIndexFolderUnlessRooted(string indexPath, string file, string expected)
    {
        Assert.Equal(expected, PathResolver.Resolve(indexPath, file));
    }

    [Fact]
    public void Resolve_GivesTheSameKeyForEquivalentSpellings()
    {
        var a = PathResolver.Resolve("/p/seeds/INDEX.md", "docs/a.txt");
        var b = PathResolver.Resolve("/p/seeds/./INDEX.md", ".\\docs\\x\\..\\a.txt");

        Assert.Equal(a, b);
    }
}
