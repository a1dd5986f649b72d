using System.Collections.Generic;

namespace SeedGen.Emit;

/// <summary>
/// Hands out unique member names inside one C# scope. Names are taken in the order asked
/// (document order); a name already taken, reserved, or equal to the enclosing type gets
/// the first free suffix 2, 3, ... (<c>Meeting</c>, <c>Meeting2</c>). Comparison is ordinal.
/// </summary>
public sealed class NameScope
{
    private readonly HashSet<string> _taken = new(System.StringComparer.Ordinal);

    public NameScope(string? enclosingType = null, params string[] reserved)
    {
        if (enclosingType is not null) _taken.Add(enclosingType);
        foreach (var r in reserved) _taken.Add(r);
    }

    public string Allocate(string baseName)
    {
        if (_taken.Add(baseName)) return baseName;
        for (var i = 2; ; i++)
        {
            var candidate = baseName + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (_taken.Add(candidate)) return candidate;
        }
    }
}
