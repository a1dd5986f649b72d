namespace SeedGen.Emit;

/// <summary>A generated file: its hint name and text.</summary>
public sealed record GeneratedSource(string HintName, string Text);

/// <summary>Turns one planned file into text; pure, so a cached spec is never emitted twice.</summary>
public static class SourceEmitter
{
    public static GeneratedSource Emit(SourceSpec spec) => spec switch
    {
        TypesSpec t => new GeneratedSource(t.HintName, TypesEmitter.Emit(t)),
        CatalogSpec c => new GeneratedSource(c.HintName, CatalogEmitter.Emit(c)),
        DocumentGroupSpec d => new GeneratedSource(d.HintName, DocumentGroupEmitter.Emit(d)),
        _ => throw new System.ArgumentException("Unknown source spec " + spec.GetType().Name, nameof(spec)),
    };
}
