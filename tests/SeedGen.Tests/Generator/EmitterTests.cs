using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using SeedGen.Diagnostics;
using SeedGen.Documents;
using SeedGen.Emit;
using SeedGen.Index;
using SeedGen.Model;
using SeedGen.Tests.Infrastructure;
using Xunit;

namespace SeedGen.Tests.Generator;

/// <summary>
/// The emitter on hand-made records, independent of extraction: keywords, non-Latin names,
/// collisions, quotes, newlines and comment terminators in the text.
/// </summary>
public class EmitterTests
{
    private static Evidence Ev(int line, string sentence) => new(line, 1, sentence);

    private static DocumentModel Doc(string file, string? title, string? name, Official[] officials, SeedEvent[] events, Position[] positions)
    {
        var entry = new IndexEntry(file, "/p/seeds/" + file, title, new PartialDate(2024, 6, 18), "Test \"Source\"", name, new SourceLocation("/p/seeds/INDEX.md", 0, 0, 0, 0));
        return new DocumentModel(entry, new ExtractionResult(officials.ToEquatableArray(), events.ToEquatableArray(), positions.ToEquatableArray()), EquatableArray<Problem>.Empty);
    }

    private static Corpus TrickyCorpus()
    {
        var hostile = "He said \"stop\" \\ here */ </summary> #line 1 \"\"\" \\u0022 \u2028 next\nline \uD800 end";
        var doc1 = Doc("one.txt", "class", null,
            new[]
            {
                new Official("Lin Jian", "spokesperson", "Foreign Ministry", "China", Ev(1, "Foreign Ministry spokesperson Lin Jian said.")),
                new Official("习近平", "President", null, "China", Ev(2, "国家主席习近平")),
                new Official("Conor O\"Brien", "Minister", "Dept. of \"Quotes\"", "Ireland", Ev(3, hostile)),
                new Official("Officials", "judge", null, null, Ev(4, "Judge Officials ruled.")),
                new Official("All", "senator", null, "United States", Ev(5, "Senator All voted.")),
            },
            new[]
            {
                new SeedEvent("talks */ end", EventKind.Talks, new PartialDate(2024, 6, 13), new PartialDate(2024, 6, 17), "Chongqing",
                    new[] { "China", "Lin Jian", "Lin" }.ToEquatableArray(), Ev(6, hostile)),
                new SeedEvent("meeting", EventKind.Meeting, null, null, "Beijing", new[] { "习近平" }.ToEquatableArray(), Ev(7, "They met in Beijing.")),
                new SeedEvent("meeting again", EventKind.Meeting, null, null, "Beijing", EquatableArray<string>.Empty, Ev(8, "They met again in Beijing.")),
                new SeedEvent("press conference", EventKind.PressConference, new PartialDate(2024, 6), null, null, EquatableArray<string>.Empty, Ev(9, "A briefing.")),
            },
            new[]
            {
                new Position("China", "Lin Jian", Stance.Opposes, "politicizing human rights issues", Ev(10, "China opposes politicizing human rights issues.")),
                new Position("China", "Lin", Stance.Opposes, "politicizing human rights issues and more", Ev(11, "Again.")),
                new Position("class", null, Stance.Asserts, hostile, Ev(12, hostile)),
            });
        var doc2 = Doc("two.txt", "class", null,
            new[] { new Official("Lin  jian", null, null, null, Ev(1, "Lin jian again.")) },
            System.Array.Empty<SeedEvent>(),
            System.Array.Empty<Position>());
        var doc3 = Doc("3rd doc.txt", null, "Title", System.Array.Empty<Official>(), System.Array.Empty<SeedEvent>(), System.Array.Empty<Position>());
        return new Corpus(new[] { doc1, doc2, doc3 }, new List<Problem>());
    }

    private static IReadOnlyList<GeneratedSource> Emit(Corpus corpus, string ns = "Tricky.Space") =>
        CorpusPlanner.Plan(corpus, new EmitOptions(ns)).Sources.Select(SourceEmitter.Emit).ToList();

    private static Compilation Compile(IEnumerable<GeneratedSource> sources, string extra = "")
    {
        var parse = new CSharpParseOptions(LanguageVersion.CSharp8, DocumentationMode.Diagnose);
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, parse, s.HintName)).ToList();
        if (extra.Length > 0) trees.Add(CSharpSyntaxTree.ParseText(extra, parse, "User.cs"));
        return CSharpCompilation.Create("Tricky", trees, Basic.Reference.Assemblies.Net100.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    [Fact]
    public Task Tricky_records_compile_cleanly_in_CSharp8_with_doc_comments_checked()
    {
        var sources = Emit(TrickyCorpus());
        var compilation = Compile(sources);

        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        var text = new StringBuilder();
        foreach (var s in sources) text.Append("//HintName: ").Append(s.HintName).Append('\n').Append(s.Text);
        return SnapshotAssert.VerifyText(text.ToString(), "cs");
    }

    [Fact]
    public void Hostile_text_round_trips_through_literals_and_no_unexpected_member_appears()
    {
        var corpus = TrickyCorpus();
        var user = """
            namespace Tricky.Space
            {
                internal static class Probe
                {
                    public static string Evidence => Seeds.Class.Positions.ClassAssertsHeSaidStop.Evidence.Text;
                    public static string Topic => Seeds.Class.Positions.ClassAssertsHeSaidStop.Topic;
                    public static string Name => Seeds.OfficialNames.ConorOBrien;
                }
            }
            """;
        var compilation = Compile(Emit(corpus), user);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));

        var probe = compilation.GetTypeByMetadataName("Tricky.Space.Probe");
        Assert.NotNull(probe);
        var types = compilation.Assembly.TypeNames.OrderBy(n => n, System.StringComparer.Ordinal).ToArray();
        Assert.Equal(
            new[] { "<>F{00000000}`1", "Actor", "Class", "Class2", "Evidence", "EventKind", "Events", "Official", "OfficialNames", "Officials", "Position", "Positions", "Probe", "Reader", "SeedData", "SeedDate", "SeedDocument", "SeedEvent", "Seeds", "Stance", "Title2" }
                .Where(n => types.Contains(n)).OrderBy(n => n, System.StringComparer.Ordinal).ToArray(),
            types);
    }

    [Fact]
    public void Names_follow_the_documented_rules()
    {
        var sources = Emit(TrickyCorpus());
        var all = string.Concat(sources.Select(s => s.Text));

        Assert.Contains("public static class Class\n", all.Replace("\r", ""));
        Assert.Contains("public static class Class2\n", all);
        Assert.Contains("public static class Title2\n", all);
        Assert.Contains(" LinJian { get; }", all);
        Assert.Contains(" 习近平 { get; }", all);
        Assert.Contains(" Officials2 { get; }", all);
        Assert.Contains(" All2 { get; }", all);
        Assert.Contains(" Talks20240613Chongqing = __A[", all);
        Assert.Contains(" MeetingBeijing = __A[", all);
        Assert.Contains(" MeetingBeijing2 = __A[", all);
        Assert.Contains(" PressConference202406 = __A[", all);
        Assert.Contains(" ChinaOpposesPoliticizingHumanRights = __A[", all);
        Assert.Contains(" ChinaOpposesPoliticizingHumanRights2 = __A[", all);
        // "Lin  jian" in the second document is the same person: one catalog member naming both documents.
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(all, "Official LinJian \\{ get; \\} = new"));
        Assert.Contains("new SeedDocument[] { Seeds.Class.Document, Seeds.Class2.Document }", all);
        // Each distinct sentence is one literal in its document's table, however many records quote it.
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(all, "\"They met in Beijing.\""));
    }

    [Fact]
    public void Records_decode_at_run_time_to_exactly_what_was_extracted()
    {
        var user = """
            namespace Tricky.Space
            {
                internal static class Probe
                {
                    public static object Talks => Seeds.Class.Events.Talks20240613Chongqing;
                    public static object Briefing => Seeds.Class.Events.PressConference202406;
                    public static object Opposes => Seeds.Class.Positions.ChinaOpposesPoliticizingHumanRights2;
                    public static object Hostile => Seeds.Class.Positions.ClassAssertsHeSaidStop;
                    public static object Sliced => Seeds.Class.Positions.ChinaOpposesPoliticizingHumanRights;
                    public static object Lin => Seeds.Officials.LinJian;
                    public static object Events => Seeds.Events;
                }
            }
            """;
        var sources = Emit(TrickyCorpus());
        // A topic that is a piece of its sentence is written as a slice of it, not as a second literal.
        Assert.DoesNotContain("\"politicizing human rights issues\"", string.Concat(sources.Select(s => s.Text)));
        var compilation = Compile(sources, user);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        using var stream = new System.IO.MemoryStream();
        Assert.True(compilation.Emit(stream).Success);
        var context = new System.Runtime.Loader.AssemblyLoadContext("decode", isCollectible: true);
        try
        {
            var probe = context.LoadFromStream(new System.IO.MemoryStream(stream.ToArray())).GetType("Tricky.Space.Probe")!;
            object Get(object? o, string name) => o!.GetType().GetProperty(name)!.GetValue(o)!;
            object Probe(string name) => probe.GetProperty(name)!.GetValue(null)!;
            var lin = Probe("Lin");

            var talks = Probe("Talks");
            Assert.Equal("talks */ end", Get(talks, "Name"));
            Assert.Equal("Talks", Get(talks, "Kind").ToString());
            Assert.Equal("2024-06-13", Get(talks, "Start").ToString());
            Assert.Equal("2024-06-17", Get(talks, "End").ToString());
            Assert.Equal("Chongqing", Get(talks, "Location"));
            Assert.Equal(6, Get(Get(talks, "Evidence"), "Line"));
            Assert.Equal("He said \"stop\" \\ here */ </summary> #line 1 \"\"\" \\u0022 \u2028 next\nline \uD800 end", Get(Get(talks, "Evidence"), "Text"));
            Assert.Equal("one.txt", Get(Get(talks, "Evidence"), "File"));
            // Participants point at officials when they are officials (full name or unique surname), else carry null.
            var participants = ((System.Collections.IEnumerable)Get(talks, "Participants")).Cast<object>().ToList();
            Assert.Equal(new[] { "China", "Lin Jian", "Lin" }, participants.Select(p => (string)Get(p, "Name")));
            Assert.Null(participants[0].GetType().GetProperty("Official")!.GetValue(participants[0]));
            Assert.Same(lin, Get(participants[1], "Official"));
            Assert.Same(lin, Get(participants[2], "Official"));

            var briefing = Probe("Briefing");
            Assert.Equal("2024-06", Get(briefing, "Start").ToString());
            Assert.Null(briefing!.GetType().GetProperty("End")!.GetValue(briefing));
            Assert.Null(briefing.GetType().GetProperty("Location")!.GetValue(briefing));

            var opposes = Probe("Opposes");
            Assert.Equal("China", Get(Get(opposes, "Holder"), "Name"));
            Assert.Same(lin, Get(Get(opposes, "Speaker"), "Official"));
            Assert.Equal("Opposes", Get(opposes, "Stance").ToString());
            Assert.Equal("politicizing human rights issues and more", Get(opposes, "Topic"));
            Assert.Equal(11, Get(Get(opposes, "Evidence"), "Line"));
            Assert.Equal("politicizing human rights issues", Get(Probe("Sliced"), "Topic"));
            Assert.Equal("China opposes politicizing human rights issues.", Get(Get(Probe("Sliced"), "Evidence"), "Text"));
            Assert.Null(Probe("Hostile")!.GetType().GetProperty("Speaker")!.GetValue(Probe("Hostile")));

            // A named member is the very instance its list holds.
            var events = ((System.Collections.IEnumerable)Probe("Events")!).Cast<object>().ToList();
            Assert.Equal(4, events.Count);
            Assert.Same(talks, events[0]);
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void Output_does_not_depend_on_culture()
    {
        var original = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            var outputs = new List<string>();
            foreach (var culture in new[] { "tr-TR", "de-DE", "ar-SA", "ja-JP", "en-US" })
            {
                System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo(culture);
                outputs.Add(string.Concat(Emit(TrickyCorpus()).Select(s => s.HintName + s.Text)));
            }
            Assert.All(outputs, o => Assert.Equal(outputs[0], o));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = original;
        }
    }
}
