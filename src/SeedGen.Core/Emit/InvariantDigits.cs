using System.Globalization;
using System.Text;

namespace SeedGen.Emit;

/// <summary>Integers written into generated code in invariant digits, without a string per number.</summary>
public static class InvariantDigits
{
    /// <summary>Appends <paramref name="value"/> as <c>value.ToString(CultureInfo.InvariantCulture)</c> would write it.</summary>
    public static StringBuilder Append(StringBuilder sb, int value)
    {
        if (value < 0) return sb.Append(value.ToString(CultureInfo.InvariantCulture));
        if (value >= 10) Append(sb, value / 10);
        return sb.Append((char)('0' + value % 10));
    }
}
