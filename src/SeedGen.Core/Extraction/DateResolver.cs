using System;
using System.Collections.Generic;
using SeedGen.Model;

namespace SeedGen.Extraction;

/// <summary>A date expression found in a sentence, resolved to a start and end date.</summary>
internal sealed class DateMention
{
    public DateMention(int first, int end, PartialDate start, PartialDate finish, bool relative, bool vague = false)
    {
        Vague = vague;
        First = first;
        End = end;
        Start = start;
        Finish = finish;
        Relative = relative;
    }

    public int First { get; }

    public int End { get; }

    public PartialDate Start { get; }

    public PartialDate Finish { get; }

    /// <summary>True for "this week", "this year": a loose reference that a precise date elsewhere overrides.</summary>
    public bool Vague { get; }

    /// <summary>True for weekdays and words like "today" that depend on the publication date.</summary>
    public bool Relative { get; }

    public override string ToString() => Start + ".." + Finish;
}

/// <summary>
/// Finds date expressions in a sentence and resolves them against the publication date:
/// "June 13, 2024", "13 June", "Nov. 18-19", "From June 13 to 17", "July 25-26", "in September",
/// "mid-December", "June 2021", "in 1984", weekdays ("on Tuesday": the latest such day on or
/// before publication, or the next one when the sentence speaks of the future), "today",
/// "yesterday", "this week", "last month", "next year".
/// </summary>
internal static class DateResolver
{
    public static List<DateMention> Find(Document doc, Sentence s)
    {
        var tokens = doc.Tokens;
        List<DateMention>? list = null;
        var pub = doc.Published;
        // whether the sentence speaks of the future: only needed (and so only computed) once a date is found
        var futureState = 0;
        bool Future()
        {
            if (futureState == 0) futureState = IsFuture(tokens, s.First, s.End) ? 1 : -1;
            return futureState > 0;
        }
        for (var i = s.First; i < s.End; i++)
        {
            var t = tokens[i];
            if (!t.Word.Facts.MayStartDate) continue;
            var month = WordClasses.Month(t);
            var midMonth = 0;
            if (month == 0 && t.IsWord && t.Word.Facts.HyphenAt > 0)
            {
                // "mid-December", "late-May"
                var dash = t.Text.LastIndexOf('-');
                var head = t.Lower.Substring(0, dash);
                if (head == "mid" || head == "early" || head == "late")
                {
                    var tail = new Token(char.ToUpperInvariant(t.Text[dash + 1]) + t.Text.Substring(dash + 2), TokenKind.Word);
                    midMonth = WordClasses.Month(tail);
                    if (midMonth == 0 && IsYear(t.Text.Substring(dash + 1), out var yy))
                    {
                        (list ??= new List<DateMention>()).Add(new DateMention(i, i + 1, new PartialDate(yy), new PartialDate(yy), false));
                        continue;
                    }
                }
            }
            if (month > 0 || midMonth > 0)
            {
                var m = month > 0 ? month : midMonth;
                if (month > 0 && t.Is("may") && !(i + 1 < s.End && tokens[i + 1].Kind == TokenKind.Number) && !(i > s.First && (tokens[i - 1].Is("in") || tokens[i - 1].Is("since") || tokens[i - 1].Is("by") || tokens[i - 1].Is("early") || tokens[i - 1].Is("late") || tokens[i - 1].Is("mid") || tokens[i - 1].Is("until") || tokens[i - 1].Is("of") || tokens[i - 1].Is("from"))))
                {
                    continue;
                }
                var j = i + 1;
                int d1 = 0, d2 = 0;
                if (month > 0 && j < s.End && tokens[j].Kind == TokenKind.Number && TryDayRange(tokens[j].Text, out d1, out d2))
                {
                    j++;
                    // "From June 13 to 17" / "June 13 to June 17"
                    if (j + 1 < s.End && (tokens[j].Is("to") || tokens[j].Is("and") || tokens[j].Is("through") || tokens[j].Text == "-" || tokens[j].Text == "\u2013"))
                    {
                        var k = j + 1;
                        var m2 = WordClasses.Month(tokens[k]);
                        if (m2 > 0 && k + 1 < s.End && tokens[k + 1].Kind == TokenKind.Number && TryDayRange(tokens[k + 1].Text, out var e1, out _))
                        {
                            var y0 = YearFor(pub, m, Future(), tokens, k + 2, s.End, out var yEnd0);
                            var a = Make(y0, m, d1);
                            var b = Make(y0, m2, e1);
                            if (a.HasValue && b.HasValue)
                            {
                                (list ??= new List<DateMention>()).Add(new DateMention(i, Math.Max(k + 2, yEnd0), a.Value, b.Value, false));
                                i = Math.Max(k + 2, yEnd0) - 1;
                                continue;
                            }
                        }
                        if (k < s.End && tokens[k].Kind == TokenKind.Number && TryDayRange(tokens[k].Text, out var e2, out _) && e2 > d1 && e2 <= 31)
                        {
                            d2 = e2;
                            j = k + 1;
                        }
                    }
                    var y = YearFor(pub, m, Future(), tokens, j, s.End, out var yEnd);
                    var start = Make(y, m, d1);
                    var end = Make(y, m, d2 == 0 ? d1 : d2);
                    if (start.HasValue && end.HasValue)
                    {
                        var first = i;
                        if (first - 1 >= s.First && tokens[first - 1].Is("from")) first--;
                        (list ??= new List<DateMention>()).Add(new DateMention(first, Math.Max(j, yEnd), start.Value, end.Value, false));
                        i = Math.Max(j, yEnd) - 1;
                        continue;
                    }
                }
                // "June 2021" / "September this year" / "in September"
                if (j < s.End && IsYear(tokens[j].Text, out var year))
                {
                    var pd = new PartialDate(year, m);
                    (list ??= new List<DateMention>()).Add(new DateMention(i, j + 1, pd, pd, false));
                    i = j;
                    continue;
                }
                if (pub is null) continue;
                var yy2 = YearFor(pub, m, Future(), tokens, j, s.End, out var yEnd2);
                if (yy2 == 0) continue;
                var p = new PartialDate(yy2, m);
                (list ??= new List<DateMention>()).Add(new DateMention(i, Math.Max(j, yEnd2), p, p, false));
                i = Math.Max(j, yEnd2) - 1;
                continue;
            }
            // "13 June 2024"
            if (t.Kind == TokenKind.Number && i + 1 < s.End && WordClasses.Month(tokens[i + 1]) > 0 && TryDayRange(t.Text, out var dd1, out var dd2))
            {
                var m = WordClasses.Month(tokens[i + 1]);
                var y = YearFor(pub, m, Future(), tokens, i + 2, s.End, out var yEnd);
                var a = Make(y, m, dd1);
                var b = Make(y, m, dd2 == 0 ? dd1 : dd2);
                if (a.HasValue && b.HasValue)
                {
                    (list ??= new List<DateMention>()).Add(new DateMention(i, Math.Max(i + 2, yEnd), a.Value, b.Value, false));
                    i = Math.Max(i + 2, yEnd) - 1;
                }
                continue;
            }
            if (t.Kind == TokenKind.Number && IsYear(t.Text, out var yr) && i > s.First && (tokens[i - 1].Is("in") || tokens[i - 1].Is("late") || tokens[i - 1].Is("early") || tokens[i - 1].Is("since") || tokens[i - 1].Is("mid") || tokens[i - 1].Is("of") || tokens[i - 1].Is("until") || tokens[i - 1].Is("by")))
            {
                var pd = new PartialDate(yr);
                (list ??= new List<DateMention>()).Add(new DateMention(i - 1, i + 1, pd, pd, false));
                continue;
            }
            var wd = WordClasses.Weekday(t);
            if (wd >= 0 && t.IsCap)
            {
                var first = i;
                var fut = Future();
                if (i > s.First && (tokens[i - 1].Is("last") || tokens[i - 1].Is("next") || tokens[i - 1].Is("this") || tokens[i - 1].Is("on") || tokens[i - 1].Is("earlier") || tokens[i - 1].Is("since")))
                {
                    first = i - 1;
                    if (tokens[i - 1].Is("next")) fut = true;
                    if (tokens[i - 1].Is("last") || tokens[i - 1].Is("earlier") || tokens[i - 1].Is("since")) fut = false;
                }
                if (!(first < i && (tokens[first].Is("next") || tokens[first].Is("last")))) fut = LocalTense(tokens, s.First, i, fut);
                var day = ResolveWeekday(pub, wd, fut, first < i && tokens[first].Is("last"));
                if (day.HasValue) (list ??= new List<DateMention>()).Add(new DateMention(first, i + 1, day.Value, day.Value, true));
                continue;
            }
            if (pub is null) continue;
            var pv = pub.Value;
            if (t.Is("today") || t.Is("tonight"))
            {
                (list ??= new List<DateMention>()).Add(new DateMention(i, i + 1, pv, pv, true));
                continue;
            }
            if (t.Is("yesterday") && pv.HasDay && ShiftDays(pv, -1) is { } d)
            {
                var pd = new PartialDate(d.Year, d.Month, d.Day);
                (list ??= new List<DateMention>()).Add(new DateMention(i, i + 1, pd, pd, true));
                continue;
            }
            if ((t.Is("this") || t.Is("last") || t.Is("next")) && i + 1 < s.End)
            {
                var unit = tokens[i + 1].Lower;
                var delta = t.Is("last") ? -1 : t.Is("next") ? 1 : 0;
                if (unit == "week" && delta == 0)
                {
                    (list ??= new List<DateMention>()).Add(new DateMention(i, i + 2, pv, pv, true, true));
                }
                else if (unit == "week" && pv.HasDay && ShiftDays(pv, 7 * delta) is { } w)
                {
                    // "next week" / "last week": the month that week falls in
                    var pd = new PartialDate(w.Year, w.Month);
                    (list ??= new List<DateMention>()).Add(new DateMention(i, i + 2, pd, pd, true, true));
                }
                else if (unit == "month" && pv.HasMonth)
                {
                    var mm = pv.Month + delta;
                    var yy = pv.Year;
                    if (mm == 0) { mm = 12; yy--; }
                    if (mm == 13) { mm = 1; yy++; }
                    var pd = new PartialDate(yy, mm);
                    (list ??= new List<DateMention>()).Add(new DateMention(i, i + 2, pd, pd, true));
                }
                else if (unit == "year")
                {
                    var pd = new PartialDate(pv.Year + delta);
                    (list ??= new List<DateMention>()).Add(new DateMention(i, i + 2, pd, pd, true, delta == 0));
                }
            }
        }
        return list ?? NoDates;
    }

    /// <summary>The lower-case words that start a date on their own or with the next word ("today", "last week").</summary>
    public static bool IsDateWord(string lower) =>
        lower == "today" || lower == "tonight" || lower == "yesterday" || lower == "this" || lower == "last" || lower == "next";

    /// <summary>What <see cref="Find"/> returns for a sentence without dates (shared: callers only read the list).</summary>
    private static readonly List<DateMention> NoDates = new(0);

    private static bool TryDayRange(string s, out int d1, out int d2)
    {
        d1 = 0;
        d2 = 0;
        var parts = s.Split('-', '\u2013');
        if (parts.Length > 2) return false;
        if (!int.TryParse(parts[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out d1) || d1 < 1 || d1 > 31) return false;
        if (parts.Length == 2)
        {
            if (!int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out d2) || d2 <= d1 || d2 > 31) return false;
        }
        return true;
    }

    public static bool IsYear(string s, out int year)
    {
        year = 0;
        if (s.Length != 4) return false;
        if (!int.TryParse(s, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out year)) return false;
        return year >= 1900 && year <= 2100;
    }

    /// <summary>The year for a month without one: given after the day (", 1989"), else from publication.</summary>
    private static int YearFor(PartialDate? pub, int month, bool future, TokenList tokens, int j, int end, out int yearEnd)
    {
        yearEnd = j;
        if (j < end && tokens[j].Text == "," && j + 1 < end && IsYear(tokens[j + 1].Text, out var y1))
        {
            yearEnd = j + 2;
            return y1;
        }
        if (j < end && IsYear(tokens[j].Text, out var y2))
        {
            yearEnd = j + 1;
            return y2;
        }
        if (j + 1 < end && tokens[j].Is("this") && tokens[j + 1].Is("year") && pub.HasValue)
        {
            yearEnd = j + 2;
            return pub.Value.Year;
        }
        if (pub is null) return 0;
        var p = pub.Value;
        if (!p.HasMonth) return p.Year;
        if (!future && month > p.Month + 1) return p.Year - 1;
        if (future && month < p.Month - 1) return p.Year + 1;
        return p.Year;
    }

    /// <summary><paramref name="date"/> moved by <paramref name="days"/>, or null when that leaves the calendar (before year 1, after 9999).</summary>
    private static DateTime? ShiftDays(PartialDate date, int days)
    {
        var d = date.ToDateTime();
        if (d is null) return null;
        var min = DateTime.MinValue.Date;
        var max = DateTime.MaxValue.Date;
        if (days < 0 && (d.Value - min).TotalDays < -days) return null;
        if (days > 0 && (max - d.Value).TotalDays < days) return null;
        return d.Value.AddDays(days);
    }

    private static PartialDate? Make(int year, int month, int day)
    {
        if (year <= 0 || year > 9999 || month < 1 || month > 12) return null;
        if (day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        return new PartialDate(year, month, day);
    }

    private static PartialDate? ResolveWeekday(PartialDate? pub, int weekday, bool future, bool lastWeek)
    {
        if (pub is null || !pub.Value.HasDay) return null;
        var d = pub.Value.ToDateTime()!.Value;
        var pubWd = ((int)d.DayOfWeek + 6) % 7; // Monday = 0
        int delta;
        if (future)
        {
            delta = (weekday - pubWd + 7) % 7;
        }
        else
        {
            delta = -((pubWd - weekday + 7) % 7);
            if (lastWeek && delta == 0) delta = -7;
        }
        if (ShiftDays(pub.Value, delta) is not { } r) return null;
        return new PartialDate(r.Year, r.Month, r.Day);
    }

    /// <summary>The tense of the verb nearest before a weekday: "said ... Monday" is past even in a sentence about upcoming talks.</summary>
    private static bool LocalTense(TokenList tokens, int first, int at, bool sentenceFuture)
    {
        for (var k = at - 1; k >= first && k >= at - 8; k--)
        {
            var t = tokens[k];
            if (!t.IsWord) { if (t.Text == "," || t.Text == ";") break; continue; }
            if (t.Is("will") || t.Is("scheduled") || t.Is("slated") || t.Is("due") || t.Is("upcoming") || t.Is("expected") || t.Is("shall") || t.Is("to")) return true;
            if (t.Is("said") || t.Is("told") || t.Is("met") || t.Is("was") || t.Is("were") || t.Is("had") || t.Is("did")
                || (!t.IsCap && t.Lower.Length > 4 && t.Lower.EndsWith("ed", StringComparison.Ordinal))) return false;
        }
        return sentenceFuture;
    }

    /// <summary>True when the sentence speaks of what will happen ("will", "is to", "scheduled", "upcoming").</summary>
    public static bool IsFuture(TokenList tokens, int first, int end)
    {
        for (var i = first; i < end; i++)
        {
            var t = tokens[i];
            if (!t.IsWord) continue;
            if (t.Is("will") || t.Is("scheduled") || t.Is("slated") || t.Is("upcoming") || t.Is("next") || t.Is("due") || t.Is("tomorrow") || t.Is("shall")) return true;
            if (t.Is("ahead") && i + 1 < end && tokens[i + 1].Is("of")) return true;
            if ((t.Is("is") || t.Is("are")) && i + 1 < end && (tokens[i + 1].Is("to") || tokens[i + 1].Is("expected") || tokens[i + 1].Is("due"))) return true;
        }
        return false;
    }
}
