using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using SeedGen.Diagnostics;
using SeedGen.Model;

namespace SeedGen.Index;

/// <summary>
/// Reads the first GitHub-flavoured pipe table of an INDEX.md (GUIDE.md): header names are
/// case-insensitive and in any order; File is required; Title, Published, Source and Name
/// are optional. Never throws on malformed text: problems come back as data.
/// </summary>
public static class IndexParser
{
    public static IndexParseResult Parse(string indexPath, string text, CancellationToken cancellationToken = default)
    {
        var problems = new List<Problem>();
        var entries = new List<IndexEntry>();
        var lines = SplitLines(text);

        var headerIndex = FindTable(lines);
        if (headerIndex < 0)
        {
            problems.Add(Problem.Create(DiagnosticCatalog.NoTableId, SourceLocation.StartOf(indexPath), indexPath));
            return Result(indexPath, entries, problems);
        }

        var header = SplitCells(lines[headerIndex]);
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Text.Trim();
            if (name.Length > 0 && !columns.ContainsKey(name)) columns.Add(name, i);
        }

        if (!columns.TryGetValue("File", out var fileColumn))
        {
            var found = new List<string>();
            foreach (var h in header) found.Add("'" + h.Text.Trim() + "'");
            problems.Add(Problem.Create(DiagnosticCatalog.NoFileColumnId, LocationOf(indexPath, lines[headerIndex], null), indexPath, string.Join(", ", found)));
            return Result(indexPath, entries, problems);
        }

        var firstRowByPath = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = headerIndex + 2; i < lines.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var line = lines[i];
            if (!IsTableLine(line.Text)) break;
            var cells = SplitCells(line);

            var fileCell = Cell(cells, fileColumn);
            var file = Unescape(fileCell?.Text.Trim() ?? string.Empty);
            var rowLocation = LocationOf(indexPath, line, fileCell);
            if (file.Length == 0)
            {
                problems.Add(Problem.Create(DiagnosticCatalog.EmptyFileCellId, rowLocation, indexPath));
                continue;
            }

            var path = PathResolver.Resolve(indexPath, file);
            if (firstRowByPath.TryGetValue(path, out var firstLine))
            {
                problems.Add(Problem.Create(DiagnosticCatalog.DuplicateRowId, rowLocation, file, (firstLine + 1).ToString(CultureInfo.InvariantCulture)));
                continue;
            }
            firstRowByPath.Add(path, line.Number);

            PartialDate? published = null;
            var publishedCell = CellOf(cells, columns, "Published");
            var publishedText = Optional(publishedCell);
            if (publishedText is not null)
            {
                if (PartialDate.TryParse(publishedText, out var date)) published = date;
                else problems.Add(Problem.Create(DiagnosticCatalog.BadPublishedId, LocationOf(indexPath, line, publishedCell), publishedText, file));
            }

            entries.Add(new IndexEntry(
                file,
                path,
                Optional(CellOf(cells, columns, "Title")),
                published,
                Optional(CellOf(cells, columns, "Source")),
                Optional(CellOf(cells, columns, "Name")),
                rowLocation));
        }

        return Result(indexPath, entries, problems);
    }

    private static IndexParseResult Result(string path, List<IndexEntry> entries, List<Problem> problems) =>
        new(path, entries.ToEquatableArray(), problems.ToEquatableArray());

    private readonly struct Line
    {
        public Line(int number, int offset, string text) { Number = number; Offset = offset; Text = text; }
        public int Number { get; }
        public int Offset { get; }
        public string Text { get; }
    }

    private sealed class CellText
    {
        public CellText(int column, string text) { Column = column; Text = text; }
        public int Column { get; }
        public string Text { get; }
    }

    private static List<Line> SplitLines(string text)
    {
        var lines = new List<Line>();
        var start = 0;
        var number = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n' || text[i] == '\r')
            {
                lines.Add(new Line(number++, start, text.Substring(start, i - start)));
                if (i < text.Length && text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                start = i + 1;
            }
        }
        return lines;
    }

    private static bool IsTableLine(string line) => line.TrimStart().StartsWith("|", StringComparison.Ordinal);

    /// <summary>A header line followed by a delimiter row (|---|:--:|) starts a table.</summary>
    private static int FindTable(List<Line> lines)
    {
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            if (IsTableLine(lines[i].Text) && IsDelimiterRow(lines[i + 1])) return i;
        }
        return -1;
    }

    private static bool IsDelimiterRow(Line line)
    {
        if (!IsTableLine(line.Text)) return false;
        var cells = SplitCells(line);
        if (cells.Count == 0) return false;
        foreach (var cell in cells)
        {
            var c = cell.Text.Trim();
            if (c.Length == 0) return false;
            var dashes = 0;
            for (var i = 0; i < c.Length; i++)
            {
                if (c[i] == '-') dashes++;
                else if (c[i] == ':' && (i == 0 || i == c.Length - 1)) continue;
                else return false;
            }
            if (dashes == 0) return false;
        }
        return true;
    }

    /// <summary>Cells of a pipe row; '\|' is a pipe inside a cell. Columns are 0-based offsets in the line.</summary>
    private static List<CellText> SplitCells(Line line)
    {
        var text = line.Text;
        var cells = new List<CellText>();
        var i = text.IndexOf('|');
        if (i < 0) return cells;
        i++;
        var start = i;
        for (; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length && text[i + 1] == '|') { i++; continue; }
            if (text[i] == '|')
            {
                cells.Add(new CellText(start, text.Substring(start, i - start)));
                start = i + 1;
            }
        }
        var rest = text.Substring(start);
        if (rest.Trim().Length > 0) cells.Add(new CellText(start, rest));
        return cells;
    }

    private static CellText? Cell(List<CellText> cells, int column) => column < cells.Count ? cells[column] : null;

    private static CellText? CellOf(List<CellText> cells, Dictionary<string, int> columns, string name) =>
        columns.TryGetValue(name, out var index) ? Cell(cells, index) : null;

    private static string? Optional(CellText? cell)
    {
        if (cell is null) return null;
        var s = Unescape(cell.Text.Trim());
        return s.Length == 0 ? null : s;
    }

    private static string Unescape(string s) => s.Replace("\\|", "|");

    private static SourceLocation LocationOf(string path, Line line, CellText? cell)
    {
        if (cell is null) return new SourceLocation(path, line.Offset, line.Text.Length, line.Number, 0);
        var lead = cell.Text.Length - cell.Text.TrimStart().Length;
        var length = cell.Text.Trim().Length;
        var column = cell.Column + lead;
        return new SourceLocation(path, line.Offset + column, length, line.Number, column);
    }
}
