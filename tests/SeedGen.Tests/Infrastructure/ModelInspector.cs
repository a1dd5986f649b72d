using System;
using System.Collections.Generic;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace SeedGen.Tests.Infrastructure;

/// <summary>
/// Finds Roslyn objects that must not live in a cached pipeline model (the NetEscapades test idea):
/// walks instance fields recursively, and array elements, from a step output.
/// </summary>
public static class ModelInspector
{
    private static readonly Type[] Banned =
    {
        typeof(Compilation), typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(SemanticModel), typeof(Location),
    };

    /// <summary>One line per banned object found: where it is (<c>root.field[2].field</c>) and what it is.</summary>
    public static IReadOnlyList<string> FindRoslynObjects(object? root, string rootName)
    {
        var found = new List<string>();
        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        Visit(root, rootName, 0);
        return found;

        void Visit(object? node, string path, int depth)
        {
            if (node is null || depth > 64) return;
            var type = node.GetType();
            if (IsLeaf(type)) return;
            if (!type.IsValueType && !visited.Add(node)) return;

            foreach (var banned in Banned)
            {
                if (banned.IsInstanceOfType(node))
                {
                    found.Add(path + " is a " + banned.Name + " (" + type.FullName + ")");
                    return;
                }
            }

            if (node is Array array)
            {
                var i = 0;
                foreach (var element in array) Visit(element, path + "[" + i++ + "]", depth + 1);
                return;
            }

            for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
            {
                foreach (var field in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
                {
                    if (field.FieldType.IsPointer || field.FieldType.IsByRef) continue;
                    Visit(field.GetValue(node), path + "." + CleanName(field.Name), depth + 1);
                }
            }
        }
    }

    private static bool IsLeaf(Type type) =>
        type.IsPrimitive || type.IsEnum || type.IsPointer || type == typeof(string) || type == typeof(decimal) ||
        type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(TimeSpan) || type == typeof(Guid) ||
        type == typeof(IntPtr) || type == typeof(UIntPtr) || typeof(Type).IsAssignableFrom(type) ||
        typeof(MemberInfo).IsAssignableFrom(type) || typeof(Delegate).IsAssignableFrom(type);

    /// <summary><c>&lt;Name&gt;k__BackingField</c> reads as <c>Name</c>.</summary>
    private static string CleanName(string field) =>
        field.StartsWith("<", StringComparison.Ordinal) && field.IndexOf('>') > 1 ? field.Substring(1, field.IndexOf('>') - 1) : field;
}
