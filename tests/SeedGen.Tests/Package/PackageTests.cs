using System;
using System.Diagnostics;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using SeedGen.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace SeedGen.Tests.Package;

/// <summary>
/// The SeedGen package as a user gets it: <c>dotnet pack</c> of the generator into a temporary
/// feed, its layout, then a fresh console project that references it by PackageReference,
/// restored into its own packages folder (so no SeedGen cached by an earlier build can stand in),
/// built and run. This is what proves that build/SeedGen.props and SeedGen.targets add INDEX.md
/// and its documents as AdditionalFiles and hand SeedGenIndex/SeedGenNamespace to the generator.
/// Takes 20-60 s; it needs only the dotnet SDK and the machine's NuGet source, never skips.
/// </summary>
[Trait("Category", "Package")]
public sealed class PackageTests : IClassFixture<PackageTests.PackedSeedGen>
{
    private readonly PackedSeedGen _package;
    private readonly ITestOutputHelper _output;

    public PackageTests(PackedSeedGen package, ITestOutputHelper output)
    {
        _package = package;
        _output = output;
    }

    [Fact]
    public void Package_holds_the_analyzer_and_the_build_files_and_no_dependency()
    {
        using var zip = ZipFile.OpenRead(_package.NupkgPath);
        var entries = zip.Entries.Select(e => e.FullName.Replace('\\', '/')).ToList();
        _output.WriteLine(string.Join(Environment.NewLine, entries));

        Assert.Contains("analyzers/dotnet/cs/SeedGen.Generator.dll", entries);
        foreach (var folder in new[] { "build", "buildTransitive" })
        {
            foreach (var file in new[] { "SeedGen.props", "SeedGen.targets" })
            {
                var entry = zip.GetEntry(folder + "/" + file);
                Assert.True(entry is not null, folder + "/" + file + " is missing from the package");
                var source = Path.Combine(TestPaths.RepositoryRoot, "src", "SeedGen.Generator", "build", file);
                Assert.Equal(File.ReadAllText(source), Read(entry!));
            }
        }
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.OrdinalIgnoreCase) || e.StartsWith("ref/", StringComparison.OrdinalIgnoreCase));

        var nuspec = XDocument.Parse(Read(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.OrdinalIgnoreCase))));
        var metadata = nuspec.Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        Assert.Equal("SeedGen", metadata.Elements().Single(e => e.Name.LocalName == "id").Value);
        Assert.Equal("true", metadata.Elements().SingleOrDefault(e => e.Name.LocalName == "developmentDependency")?.Value);
        Assert.DoesNotContain(metadata.Descendants(), e => e.Name.LocalName == "dependency");
    }

    [Fact]
    public void Consumer_project_builds_with_the_package_picks_up_a_new_document_and_does_not_pass_the_generator_on()
    {
        var project = Path.Combine(_package.Root, "consumer");

        // Shared by the consumer and the project downstream of it; keeps the repository's
        // Directory.Build.* and any machine-wide SeedGen out.
        Write(_package.Root, "Directory.Build.props", "<Project />\n");
        Write(_package.Root, "Directory.Build.targets", "<Project />\n");
        Write(_package.Root, "nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="seedgen-under-test" value="{_package.Feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
              <packageSourceMapping>
                <packageSource key="seedgen-under-test"><package pattern="SeedGen" /></packageSource>
                <packageSource key="nuget.org"><package pattern="*" /></packageSource>
              </packageSourceMapping>
            </configuration>
            """);
        Write(project, "Consumer.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
                <SeedGenNamespace>Consumer.Data</SeedGenNamespace>
                <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
              </PropertyGroup>
              <ItemGroup>
                <!-- As hand-written, without PrivateAssets="all": the analyzer flows downstream. -->
                <PackageReference Include="SeedGen" Version="{_package.Version}" />
              </ItemGroup>
            </Project>
            """);
        Write(project, "Program.cs", """
            using System;
            using Consumer.Data;

            Console.WriteLine("documents=" + Seeds.Documents.Count);
            foreach (SeedDocument d in Seeds.Documents)
            {
                Console.WriteLine("document: " + d.File + " | " + d.Title + " | " + d.Published);
            }
            Console.WriteLine("officials=" + Seeds.Officials.All.Count);
            foreach (Official o in Seeds.Officials.All) Console.WriteLine("official: " + o.Name);
            Console.WriteLine("events=" + Seeds.Events.Count + " positions=" + Seeds.Positions.Count);
            """);
        // Columns in an unusual order, a '\|' in a title, the document in a subfolder: the
        // targets must find the File column and resolve the path against INDEX.md's folder.
        Write(project, "seeds/news/paris.txt", "Foreign Minister Jane Doe of Examplestan met Prime Minister John Roe in Paris on Monday.\n");
        Write(project, "seeds/INDEX.md", """
            # Consumer seeds

            | Title | Published | file |
            |:------|-----------|------|
            | Paris talks \| Examplestan | 2024-03-06 | news/paris.txt |
            """);

        var packages = Path.Combine(_package.Root, "packages");
        Dotnet(project, "restore", "Consumer.csproj", "--packages", packages);
        Assert.True(Directory.Exists(Path.Combine(packages, "seedgen", _package.Version.ToLowerInvariant())), "SeedGen was not restored into the isolated packages folder");

        Dotnet(project, "build", "Consumer.csproj", "--no-restore");
        var output = Dotnet(project, Path.Combine(project, "bin", "Debug", "net10.0", "Consumer.dll"));
        Assert.Contains("documents=1", output);
        Assert.Contains("document: news/paris.txt | Paris talks | Examplestan | 2024-03-06", output);
        Assert.Contains("officials=", output);

        var generated = Directory.GetFiles(Path.Combine(project, "obj"), "SeedGen.Catalog.g.cs", SearchOption.AllDirectories);
        Assert.Single(generated);
        Assert.Contains("namespace Consumer.Data", File.ReadAllText(generated[0]));

        // An incremental build: a second document listed in INDEX.md is added and compiled in.
        Write(project, "seeds/rome.txt", "Prime Minister John Roe visited Rome on Friday.\n");
        File.AppendAllText(Path.Combine(project, "seeds", "INDEX.md"), "| Rome visit | 2024-03-09 | rome.txt |\n");
        Dotnet(project, "build", "Consumer.csproj", "--no-restore");
        output = Dotnet(project, Path.Combine(project, "bin", "Debug", "net10.0", "Consumer.dll"));
        Assert.Contains("documents=2", output);
        Assert.Contains("document: rome.txt | Rome visit | 2024-03-09", output);

        // A project downstream gets the analyzer through the ProjectReference but did not ask
        // for SeedGen: the targets drop it there, so no SG0001 breaks its warnings-as-errors build.
        var downstream = Path.Combine(_package.Root, "downstream");
        Write(downstream, "Downstream.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
                <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="../consumer/Consumer.csproj" />
              </ItemGroup>
            </Project>
            """);
        Write(downstream, "Uses.cs", "namespace Downstream;\n\npublic static class Uses\n{\n    public static int Count => 1;\n}\n");
        Dotnet(downstream, "restore", "Downstream.csproj", "--packages", packages);
        output = Dotnet(downstream, "build", "Downstream.csproj", "--no-restore");
        Assert.DoesNotContain("SG0001", output);
        Assert.Empty(Directory.GetFiles(Path.Combine(downstream, "obj"), "SeedGen.*.g.cs", SearchOption.AllDirectories));
    }

    private static string Read(ZipArchiveEntry entry)
    {
        using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static void Write(string directory, string relativePath, string text)
    {
        var path = Path.Combine(directory, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.Replace("\r\n", "\n") + (text.EndsWith("\n", StringComparison.Ordinal) ? "" : "\n"), new UTF8Encoding(false));
    }

    private string Dotnet(string workingDirectory, params string[] args)
    {
        var result = DotnetCli.Run(workingDirectory, args);
        _output.WriteLine("> dotnet " + string.Join(" ", args));
        _output.WriteLine(result.Output);
        Assert.True(result.ExitCode == 0, "dotnet " + string.Join(" ", args) + " exited with " + result.ExitCode + ":\n" + result.Output);
        return result.Output;
    }

    /// <summary>Packs src/SeedGen.Generator once for the class into a temporary feed.</summary>
    public sealed class PackedSeedGen : IDisposable
    {
        public PackedSeedGen()
        {
            Root = Path.Combine(Path.GetTempPath(), "seedgen-package-" + Guid.NewGuid().ToString("N"));
            Feed = Path.Combine(Root, "feed");
            Directory.CreateDirectory(Feed);

            var generator = Path.Combine(TestPaths.RepositoryRoot, "src", "SeedGen.Generator", "SeedGen.Generator.csproj");
            var pack = DotnetCli.Run(TestPaths.RepositoryRoot, "pack", generator, "-c", "Release", "-o", Feed);
            PackOutput = pack.Output;
            if (pack.ExitCode != 0) throw new InvalidOperationException("dotnet pack failed (" + pack.ExitCode + "):\n" + pack.Output);

            NupkgPath = Directory.GetFiles(Feed, "SeedGen.*.nupkg").Single(p => !p.EndsWith(".snupkg", StringComparison.OrdinalIgnoreCase));
            using var zip = ZipFile.OpenRead(NupkgPath);
            using var reader = new StreamReader(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.OrdinalIgnoreCase)).Open());
            Version = XDocument.Parse(reader.ReadToEnd()).Descendants().Single(e => e.Name.LocalName == "version").Value;
        }

        public string Root { get; }

        public string Feed { get; }

        public string NupkgPath { get; }

        public string Version { get; }

        public string PackOutput { get; }

        public void Dispose()
        {
            try { Directory.Delete(Root, recursive: true); }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
    }

    /// <summary>
    /// Runs the dotnet CLI as a user would, not as a child of the test host: the MSBuild
    /// variables that <c>dotnet test</c> leaves in the environment are removed, and no build
    /// server or node outlives the command (one would hold the test run's output pipes open).
    /// </summary>
    private static class DotnetCli
    {
        private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(4);

        public static (int ExitCode, string Output) Run(string workingDirectory, params string[] args)
        {
            var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
            var start = new ProcessStartInfo(string.IsNullOrEmpty(host) || !File.Exists(host) ? "dotnet" : host)
            {
                WorkingDirectory = workingDirectory,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = true,
                UseShellExecute = false,
            };
            foreach (var arg in args) start.ArgumentList.Add(arg);
            if (args.Length > 0 && IsBuildCommand(args[0]))
            {
                start.ArgumentList.Add("--nologo");
                start.ArgumentList.Add("--disable-build-servers");
                start.ArgumentList.Add("-nodeReuse:false");
            }

            foreach (var key in start.Environment.Keys.ToList())
            {
                if (key.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || key.StartsWith("_MSBuild", StringComparison.OrdinalIgnoreCase)
                    || key.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase) || key == "DOTNET_HOST_PATH")
                {
                    start.Environment.Remove(key);
                }
            }
            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            start.Environment["DOTNET_NOLOGO"] = "1";
            start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
            start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
            start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
            start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";

            var output = new StringBuilder();
            using var process = new Process { StartInfo = start };
            process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
            process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
            process.Start();
            process.StandardInput.Close();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (!process.WaitForExit((int)Timeout.TotalMilliseconds))
            {
                try { process.Kill(entireProcessTree: true); }
                catch (InvalidOperationException) { }
                lock (output) output.AppendLine("(killed after " + Timeout + ")");
                return (-1, output.ToString());
            }
            process.WaitForExit();
            lock (output) return (process.ExitCode, output.ToString());
        }

        private static bool IsBuildCommand(string command) => command is "build" or "pack" or "restore";
    }
}
