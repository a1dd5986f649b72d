using System;
using System.IO;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SeedGen.Tests.Reliability.Fuzz;

/// <summary>
/// An AdditionalFile for fuzzing: from a string (any UTF-16, lone surrogates included), from raw
/// bytes decoded the way the compiler decodes a file (strict UTF-8 with BOM detection, falling
/// back to Latin-1 as csc falls back to the default code page), unreadable (null), or throwing.
/// </summary>
internal sealed class FuzzFile : AdditionalText
{
    private readonly SourceText? _text;
    private readonly Func<Exception>? _throw;

    private FuzzFile(string path, SourceText? text, Func<Exception>? thrower, string origin)
    {
        Path = path;
        _text = text;
        _throw = thrower;
        Origin = origin;
    }

    public override string Path { get; }

    /// <summary>How the content was made ("text", "bytes", "null", "throws"), for failure reports.</summary>
    public string Origin { get; }

    /// <summary>The text the generator sees (null for an unreadable or throwing file).</summary>
    public string? Text => _text?.ToString();

    public static FuzzFile FromText(string path, string? text) =>
        new(path, text is null ? null : SourceText.From(text, Encoding.UTF8), null, text is null ? "null" : "text");

    public static FuzzFile FromBytes(string path, byte[] bytes)
    {
        SourceText text;
        try
        {
            text = SourceText.From(new MemoryStream(bytes, writable: false), new UTF8Encoding(false, throwOnInvalidBytes: true));
        }
        catch (Exception e) when (e is InvalidDataException or DecoderFallbackException)
        {
            text = SourceText.From(new MemoryStream(bytes, writable: false), Encoding.Latin1);
        }
        return new FuzzFile(path, text, null, "bytes");
    }

    /// <summary>A file whose GetText throws, as a broken file system or a buggy host might.</summary>
    public static FuzzFile Throwing(string path, Func<Exception> exception) => new(path, null, exception, "throws");

    public override SourceText? GetText(CancellationToken cancellationToken = default)
    {
        if (_throw is not null) throw _throw();
        return _text;
    }

    public override string ToString() => Path;
}
