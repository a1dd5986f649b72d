using System.IO;
using System.Runtime.CompilerServices;
using Xunit;

namespace SeedGen.Tests.Infrastructure;

public sealed class TestPathsTests
{
    private static string CallerFile([CallerFilePath] string path = "") => path;

    [Fact]
    public void TheRecordedFolders_Exist()
    {
        Assert.True(File.Exists(Path.Combine(TestPaths.ProjectDirectory, "SeedGen.Tests.csproj")));
        Assert.True(File.Exists(Path.Combine(TestPaths.RepositoryRoot, "SeedGen.sln")));
        Assert.True(File.Exists(Path.Combine(TestPaths.RepositoryRoot, "seeds", "INDEX.md")));
    }

    [Fact]
    public void SourceDirectory_OfThisFile_IsTheInfrastructureFolder()
    {
        // Whether or not the build mapped source paths (CallerFilePath may be /_/tests/...).
        var directory = TestPaths.SourceDirectory(CallerFile());

        Assert.True(File.Exists(Path.Combine(directory, "TestPathsTests.cs")), directory);
        Assert.Equal("Infrastructure", Path.GetFileName(directory));
    }

    [Fact]
    public void SourceDirectory_OfAPathMappedCallerPath_IsUnderTheProject()
    {
        var mapped = TestPaths.SourceDirectory("/_/tests/SeedGen.Tests/Json/ExtractionJsonWriterTests.cs");

        Assert.Equal(Path.Combine(TestPaths.ProjectDirectory, "Json"), mapped);
        Assert.True(Directory.Exists(mapped));
    }
}
