using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SeedGen.Tests.Infrastructure;

namespace SeedGen.Tests.Reliability.Fuzz;

/// <summary>
/// The invariants every fuzz case must keep:
/// <list type="number">
/// <item>no exception escapes the generator (the compiler would drop all output: CS8785);</item>
/// <item>only documented diagnostics are reported (a row of docs/DIAGNOSTICS.md), never SG0011 (an internal
/// failure is a bug to fix, not a pass), each pointing inside the file it names;</item>
/// <item>every generated tree parses without a diagnostic (doc comments in Diagnose mode) and has the shape SeedGen
/// emits: one namespace, only SeedGen's types and members, no directive but <c>#nullable enable</c>, no
/// comment but the header and <c>///</c> doc comments: text that broke out of a literal or a doc comment shows up here;</item>
/// <item>when asked (<paramref name="semantic"/>), the output compilation emits with no error and no warning.</item>
/// </list>
/// </summary>
internal static class FuzzChecks
{
    public const string InternalErrorId = "SG0011";

    /// <summary>
    /// SG0011 messages of extraction bugs that are reported but not yet fixed (src/SeedGen.Core/Extraction is owned
    /// elsewhere). Each has a skipped regression test in ExtractionRegressionTests and an entry in docs/RELIABILITY.md.
    /// A fuzz case hitting one is counted as "known" in the summary instead of failing CI; remove the entry with the fix.
    /// </summary>
    /// <remarks>Empty: the two date-arithmetic bugs listed here before were fixed in DateResolver (docs/RELIABILITY.md, bug 8).</remarks>
    public static readonly string[] KnownExtractionBugs = Array.Empty<string>();

    /// <summary>The known extraction bug this diagnostic is, if any.</summary>
    public static string? KnownBug(Diagnostic d)
    {
        if (d.Id != InternalErrorId) return null;
        var message = d.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        return KnownExtractionBugs.FirstOrDefault(k => message.Contains(k, StringComparison.Ordinal));
    }

    /// <summary>Top-level types SeedGen emits (TypesEmitter + the catalog class).</summary>
    public static readonly IReadOnlySet<string> TopLevelTypes = new HashSet<string>(StringComparer.Ordinal)
    {
        "SeedDate", "EventKind", "Stance", "Evidence", "SeedDocument", "Official", "Actor", "SeedEvent", "Position", "SeedData", "Seeds",
    };

    private static readonly IReadOnlySet<string> SeedsMembers = new HashSet<string>(StringComparer.Ordinal) { "Documents", "Events", "Positions", "Concat" };
    private static readonly IReadOnlySet<string> DocumentMembers = new HashSet<string>(StringComparer.Ordinal) { "Document", "Title", "Published", "Source", "File" };
    private static readonly IReadOnlySet<string> DocumentNested = new HashSet<string>(StringComparer.Ordinal) { "Officials", "Events", "Positions" };

    private static readonly Lazy<IReadOnlySet<string>> DocumentedIds = new(() =>
    {
        var doc = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "DIAGNOSTICS.md"));
        return new HashSet<string>(Regex.Matches(doc, @"^\| (SG\d{4}) \|", RegexOptions.Multiline).Select(m => m.Groups[1].Value), StringComparer.Ordinal);
    });

    /// <summary>Ids with a row in docs/DIAGNOSTICS.md.</summary>
    public static IReadOnlySet<string> Documented => DocumentedIds.Value;

    /// <param name="syntax">false: skip parsing the generated trees (only for outputs of tens of MB, where parsing is the cost).</param>
    public static List<string> Verify(FuzzRun run, bool semantic, bool allowInternalError = false, bool syntax = true)
    {
        var failures = new List<string>();
        if (run.Result.Exception is { } ex)
        {
            failures.Add("generator threw (CS8785): " + ex);
            return failures;
        }

        CheckDiagnostics(run, allowInternalError, failures);

        var hints = run.Result.GeneratedSources.Select(s => s.HintName).ToList();
        if (!hints.Contains("SeedGen.Types.g.cs") || !hints.Contains("SeedGen.Catalog.g.cs"))
            failures.Add("missing SeedGen.Types.g.cs or SeedGen.Catalog.g.cs; generated: " + string.Join(", ", hints));

        foreach (var source in syntax ? run.Result.GeneratedSources : System.Collections.Immutable.ImmutableArray<GeneratedSourceResult>.Empty)
        {
            var tree = source.SyntaxTree;
            foreach (var d in tree.GetDiagnostics()) failures.Add(source.HintName + ": syntax: " + d);
            CheckShape(source.HintName, (CompilationUnitSyntax)tree.GetRoot(), failures);
        }

        if (semantic && failures.Count == 0)
        {
            // Emit, not only GetDiagnostics: some limits (metadata name length, CS7013) are checked only when writing the assembly.
            using var pe = new MemoryStream();
            foreach (var d in run.Output.Emit(pe).Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning))
                failures.Add("compile: " + d);
        }
        return failures;
    }

    private static void CheckDiagnostics(FuzzRun run, bool allowInternalError, List<string> failures)
    {
        var texts = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var f in run.Files)
        {
            try { texts[f.Path] = f.GetText()?.ToString(); }
            catch (Exception) { texts[f.Path] = null; }
        }

        foreach (var d in run.Diagnostics)
        {
            string message;
            try { message = d.GetMessage(System.Globalization.CultureInfo.InvariantCulture); }
            catch (Exception e) { failures.Add(d.Id + ": message cannot be formatted: " + e.Message); continue; }

            if (d.Id == InternalErrorId && !allowInternalError && KnownBug(d) is null) failures.Add("internal error (bug): " + d.Id + " at " + Where(d) + ": " + message);
            else if (!Documented.Contains(d.Id)) failures.Add("undocumented diagnostic " + d.Id + ": " + message);
            if (d.Descriptor.Category != "SeedGen") failures.Add("diagnostic not from SeedGen: " + d);

            if (d.Location.Kind == LocationKind.ExternalFile)
            {
                var span = d.Location.GetLineSpan();
                if (!texts.TryGetValue(span.Path, out var text))
                    failures.Add(d.Id + " points at '" + span.Path + "', which is not an AdditionalFile");
                else if (text is not null && d.Location.SourceSpan.End > text.Length)
                    failures.Add(d.Id + " points past the end of '" + span.Path + "': " + d.Location.SourceSpan + " > " + text.Length);
            }
            else if (d.Location.Kind != LocationKind.None)
            {
                failures.Add(d.Id + " has an unexpected location kind " + d.Location.Kind);
            }
        }
    }

    private static string Where(Diagnostic d) => d.Location == Location.None ? "(no location)" : d.Location.GetLineSpan().ToString();

    private static void CheckShape(string hint, CompilationUnitSyntax root, List<string> failures)
    {
        var nullable = 0;
        foreach (var trivia in root.DescendantTrivia(descendIntoTrivia: true))
        {
            switch (trivia.Kind())
            {
                case SyntaxKind.NullableDirectiveTrivia:
                    nullable++;
                    break;
                case SyntaxKind.SingleLineCommentTrivia:
                    var text = trivia.ToString();
                    if (!text.StartsWith("// <auto-generated/>", StringComparison.Ordinal) && !text.StartsWith("// Generated by SeedGen", StringComparison.Ordinal))
                        failures.Add(hint + ": unexpected comment " + Show(text));
                    break;
                case SyntaxKind.SingleLineDocumentationCommentTrivia:
                    var structure = (DocumentationCommentTriviaSyntax)trivia.GetStructure()!;
                    foreach (var node in structure.Content)
                    {
                        if (node is XmlElementSyntax e && e.StartTag.Name.ToString() is not ("summary" or "remarks"))
                            failures.Add(hint + ": unexpected doc element <" + e.StartTag.Name + ">");
                    }
                    break;
                case SyntaxKind.WhitespaceTrivia:
                case SyntaxKind.EndOfLineTrivia:
                case SyntaxKind.DocumentationCommentExteriorTrivia:
                    break;
                default:
                    if (trivia.IsDirective || trivia.HasStructure || trivia.IsKind(SyntaxKind.MultiLineCommentTrivia) || trivia.IsKind(SyntaxKind.DisabledTextTrivia) || trivia.IsKind(SyntaxKind.SkippedTokensTrivia))
                    {
                        if (!trivia.IsPartOfStructuredTrivia()) failures.Add(hint + ": unexpected " + trivia.Kind() + " " + Show(trivia.ToString()));
                    }
                    break;
            }
        }
        if (nullable != 1) failures.Add(hint + ": expected one #nullable directive, found " + nullable);

        if (root.Members.Count != 1 || root.Members[0] is not NamespaceDeclarationSyntax ns || ns.Name.ToString() != FuzzRunner.Namespace)
        {
            failures.Add(hint + ": expected exactly one 'namespace " + FuzzRunner.Namespace + "'");
            return;
        }
        foreach (var member in ns.Members)
        {
            if (member is not BaseTypeDeclarationSyntax type || !TopLevelTypes.Contains(type.Identifier.ValueText))
            {
                failures.Add(hint + ": unexpected top-level member " + Describe(member));
                continue;
            }
            if (type.Identifier.ValueText == "Seeds") CheckSeeds(hint, (ClassDeclarationSyntax)type, failures);
        }
    }

    private static void CheckSeeds(string hint, ClassDeclarationSyntax seeds, List<string> failures)
    {
        foreach (var member in seeds.Members)
        {
            switch (member)
            {
                case PropertyDeclarationSyntax p when SeedsMembers.Contains(p.Identifier.ValueText):
                case MethodDeclarationSyntax m when m.Identifier.ValueText == "Concat":
                    break;
                case ClassDeclarationSyntax c when c.Identifier.ValueText == "Officials":
                    OnlyProperties(hint, c, failures);
                    break;
                case ClassDeclarationSyntax c when c.Identifier.ValueText == "OfficialNames":
                    foreach (var m in c.Members)
                    {
                        if (m is not FieldDeclarationSyntax f || !f.Modifiers.Any(SyntaxKind.ConstKeyword) || f.Declaration.Variables.Count != 1)
                            failures.Add(hint + ": unexpected member of OfficialNames " + Describe(m));
                    }
                    break;
                case ClassDeclarationSyntax doc:
                    CheckDocumentClass(hint, doc, failures);
                    break;
                default:
                    failures.Add(hint + ": unexpected member of Seeds " + Describe(member));
                    break;
            }
        }
    }

    private static void CheckDocumentClass(string hint, ClassDeclarationSyntax doc, List<string> failures)
    {
        foreach (var member in doc.Members)
        {
            if (member is PropertyDeclarationSyntax p && DocumentMembers.Contains(p.Identifier.ValueText)) continue;
            // The document's sentence table and its Evidence factory (CorpusPlanner.SentencesMember / EvidenceMethod).
            if (member is FieldDeclarationSyntax f && f.Declaration.Variables.Count == 1 && f.Declaration.Variables[0].Identifier.ValueText == "__S") continue;
            if (member is MethodDeclarationSyntax m && m.Identifier.ValueText == "__Ev") continue;
            if (member is ClassDeclarationSyntax c && DocumentNested.Contains(c.Identifier.ValueText))
            {
                OnlyProperties(hint, c, failures, allowData: c.Identifier.ValueText is "Events" or "Positions");
                continue;
            }
            failures.Add(hint + ": unexpected member of document class " + doc.Identifier.ValueText + ": " + Describe(member));
        }
    }

    private static void OnlyProperties(string hint, ClassDeclarationSyntax c, List<string> failures, bool allowData = false)
    {
        foreach (var m in c.Members)
        {
            if (m is PropertyDeclarationSyntax) continue;
            // A record: public static readonly, one variable, initialised from the decoded array or the catalog.
            if (m is FieldDeclarationSyntax record && IsRecordField(record)) continue;
            // Events and Positions hold one field: the records decoded from one string literal (DocumentGroupEmitter.ListMember).
            if (allowData && m is FieldDeclarationSyntax f && IsRecordData(f, c.Identifier.ValueText)) continue;
            failures.Add(hint + ": unexpected member of " + c.Identifier.ValueText + ": " + Describe(m));
        }
    }

    private static bool IsRecordField(FieldDeclarationSyntax f)
    {
        if (f.Declaration.Variables.Count != 1 || !f.Modifiers.Any(SyntaxKind.PublicKeyword) || !f.Modifiers.Any(SyntaxKind.StaticKeyword) || !f.Modifiers.Any(SyntaxKind.ReadOnlyKeyword))
            return false;
        return f.Declaration.Variables[0].Initializer?.Value switch
        {
            ElementAccessExpressionSyntax e => e.Expression.ToString() == "__A" && e.ArgumentList.Arguments.Count == 1 && e.ArgumentList.Arguments[0].Expression.IsKind(SyntaxKind.NumericLiteralExpression),
            MemberAccessExpressionSyntax m => m.Expression.ToString() == "Seeds.Officials",
            _ => false,
        };
    }

    /// <summary><c>private static readonly T[] __A = SeedData.Events(Document, __S, Officials.All, "literal");</c> and nothing else.</summary>
    private static bool IsRecordData(FieldDeclarationSyntax f, string list)
    {
        if (f.Declaration.Variables.Count != 1 || f.Declaration.Variables[0].Identifier.ValueText != "__A") return false;
        if (f.Declaration.Variables[0].Initializer?.Value is not InvocationExpressionSyntax call) return false;
        if (call.Expression.ToString() != "SeedData." + list) return false;
        var args = call.ArgumentList.Arguments;
        return args.Count == 4 && args[0].ToString() == "Document" && args[1].ToString() == "__S" && args[2].ToString() == "Officials.All"
            && args[3].Expression.IsKind(SyntaxKind.StringLiteralExpression);
    }

    private static string Describe(SyntaxNode node) => node.Kind() + " " + Show(node.ToString());

    /// <summary>At most 200 characters, control characters made visible.</summary>
    public static string Show(string? s)
    {
        if (s is null) return "(null)";
        var cut = s.Length > 200 ? s.Substring(0, 200) + "..." : s;
        var sb = new System.Text.StringBuilder();
        foreach (var c in cut)
        {
            if (c < ' ' || (c >= '\u007f' && c <= '\u00a0') || char.IsSurrogate(c) || c is '\u2028' or '\u2029' or '\uFEFF' || (c >= '\u200b' && c <= '\u200f') || (c >= '\u202a' && c <= '\u202e'))
                sb.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            else sb.Append(c);
        }
        return "\"" + sb + "\"";
    }
}
