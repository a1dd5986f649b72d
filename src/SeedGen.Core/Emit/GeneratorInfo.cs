namespace SeedGen.Emit;

/// <summary>Name and version stamped on generated code ([GeneratedCode]).</summary>
public static class GeneratorInfo
{
    public const string Name = "SeedGen";

    public const string Version = "0.1.0";
}
