using System;
using System.Collections.Generic;

namespace SeedGen.Index;

/// <summary>
/// Resolves the paths INDEX.md lists against its folder, purely on strings
/// (a generator may not touch the file system): '\' becomes '/', '.' and '..' are folded.
/// </summary>
public static class PathResolver
{
    public static string Normalize(string path)
    {
        var p = path.Replace('\\', '/');
        var rooted = p.StartsWith("/", StringComparison.Ordinal);
        var prefix = rooted ? "/" : string.Empty;
        if (p.Length >= 2 && p[1] == ':' && char.IsLetter(p[0]))
        {
            prefix = p.Substring(0, 2) + "/";
            p = p.Substring(2);
            rooted = true;
        }
        else if (p.StartsWith("//", StringComparison.Ordinal))
        {
            prefix = "//";
        }

        var parts = new List<string>();
        foreach (var part in p.Split('/'))
        {
            if (part.Length == 0 || part == ".") continue;
            if (part == ".." && parts.Count > 0 && parts[parts.Count - 1] != "..")
            {
                parts.RemoveAt(parts.Count - 1);
                continue;
            }
            if (part == ".." && rooted) continue;
            parts.Add(part);
        }
        return prefix + string.Join("/", parts);
    }

    public static bool IsRooted(string path)
    {
        var p = path.Replace('\\', '/');
        return p.StartsWith("/", StringComparison.Ordinal) || (p.Length >= 2 && p[1] == ':' && char.IsLetter(p[0]));
    }

    /// <summary>The folder part of a normalized path ("" when there is none).</summary>
    public static string DirectoryOf(string path)
    {
        var p = Normalize(path);
        var slash = p.LastIndexOf('/');
        return slash < 0 ? string.Empty : p.Substring(0, slash + 1);
    }

    /// <summary>The last segment of a path.</summary>
    public static string FileNameOf(string path)
    {
        var p = path.Replace('\\', '/');
        var slash = p.LastIndexOf('/');
        return slash < 0 ? p : p.Substring(slash + 1);
    }

    /// <summary><paramref name="file"/> resolved against the folder of <paramref name="indexPath"/>.</summary>
    public static string Resolve(string indexPath, string file)
    {
        if (IsRooted(file)) return Normalize(file);
        return Normalize(DirectoryOf(indexPath) + file);
    }
}
