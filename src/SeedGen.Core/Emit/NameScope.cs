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

    /// <summary>Per base name, the suffix to try next: names are never released, so every smaller suffix is known to be taken.</summary>
    private readonly Dictionary<string, int> _nextSuffix = new(System.StringComparer.Ordinal);

    public string Allocate(string baseName)
    {
        if (_taken.Add(baseName)) return baseName;
        // Starting from the remembered suffix gives the same name as counting from 2, without making
        // n documents with one title quadratic (found when the corpus repeats titles).
        var i = _nextSuffix.TryGetValue(baseName, out var next) ? next : 2;
        for (; ; i++)
        {
            var candidate = baseName + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (_taken.Add(candidate))
            {
                _nextSuffix[baseName] = i + 1;
                return candidate;
            }
        }
    }
}
