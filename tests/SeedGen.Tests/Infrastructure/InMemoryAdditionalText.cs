using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SeedGen.Tests.Infrastructure;

/// <summary>
/// An AdditionalFile held in memory: a path and a text. Immutable on purpose, as the compiler's
/// own are: the driver tells files apart by instance, so "changing" a file means replacing it
/// with <see cref="WithText"/> (which <see cref="GeneratorRun.WithAdditionalText"/> does).
/// </summary>
public sealed class InMemoryAdditionalText : AdditionalText
{
    private readonly SourceText? _text;

    /// <param name="text">The content, or null for a file that cannot be read (GetText returns null, as for an I/O error).</param>
    public InMemoryAdditionalText(string path, string? text)
    {
        Path = path;
        Content = text;
        _text = text is null ? null : SourceText.From(text, Encoding.UTF8);
    }

    public override string Path { get; }

    /// <summary>The text as given.</summary>
    public string? Content { get; }

    public override SourceText? GetText(CancellationToken cancellationToken = default) => _text;

    /// <summary>The same path with another text: a new instance, as an edit in the IDE gives.</summary>
    public InMemoryAdditionalText WithText(string? text) => new(Path, text);

    public override string ToString() => Path;
}
