using System;
using System.Globalization;

namespace SeedGen.Model;

/// <summary>
/// A calendar date known to the day, the month or only the year
/// (<c>2024-06-18</c>, <c>2024-06</c>, <c>2024</c>). Month and Day are 0 when unknown.
/// </summary>
public readonly record struct PartialDate(int Year, int Month = 0, int Day = 0) : IComparable<PartialDate>
{
    public bool HasMonth => Month != 0;

    public bool HasDay => Day != 0;

    /// <summary>Parses <c>YYYY</c>, <c>YYYY-MM</c> or <c>YYYY-MM-DD</c>; false for anything else or an impossible date.</summary>
    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        if (text is null) return false;
        var s = text.Trim();
        if (s.Length != 4 && s.Length != 7 && s.Length != 10) return false;
        if (!TryDigits(s, 0, 4, out var year) || year < 1) return false;
        if (s.Length == 4) { date = new PartialDate(year); return true; }
        if (s[4] != '-' || !TryDigits(s, 5, 2, out var month) || month < 1 || month > 12) return false;
        if (s.Length == 7) { date = new PartialDate(year, month); return true; }
        if (s[7] != '-' || !TryDigits(s, 8, 2, out var day) || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new PartialDate(year, month, day);
        return true;
    }

    private static bool TryDigits(string s, int start, int length, out int value)
    {
        value = 0;
        for (var i = start; i < start + length; i++)
        {
            var c = s[i];
            if (c < '0' || c > '9') return false;
            value = (value * 10) + (c - '0');
        }
        return true;
    }

    /// <summary>The date as a <see cref="DateTime"/> when it is known to the day.</summary>
    public DateTime? ToDateTime() => HasDay ? new DateTime(Year, Month, Day, 0, 0, 0, DateTimeKind.Unspecified) : null;

    public int CompareTo(PartialDate other)
    {
        var c = Year.CompareTo(other.Year);
        if (c != 0) return c;
        c = Month.CompareTo(other.Month);
        return c != 0 ? c : Day.CompareTo(other.Day);
    }

    /// <summary>ISO 8601 form, as far as the date is known.</summary>
    public override string ToString()
    {
        var y = Year.ToString("D4", CultureInfo.InvariantCulture);
        if (!HasMonth) return y;
        var m = Month.ToString("D2", CultureInfo.InvariantCulture);
        if (!HasDay) return y + "-" + m;
        return y + "-" + m + "-" + Day.ToString("D2", CultureInfo.InvariantCulture);
    }
}
