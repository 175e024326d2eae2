namespace SesConsole.Core.Policies;

/// <summary>The IAM condition operators the generator offers, grouped by the kind of value they compare.</summary>
public static class PolicyConditionOperators
{
    public const string StringEquals = "StringEquals";
    public const string StringNotEquals = "StringNotEquals";
    public const string StringEqualsIgnoreCase = "StringEqualsIgnoreCase";
    public const string StringLike = "StringLike";
    public const string StringNotLike = "StringNotLike";
    public const string ForAllValuesStringEquals = "ForAllValues:StringEquals";
    public const string ForAllValuesStringLike = "ForAllValues:StringLike";
    public const string ForAnyValueStringEquals = "ForAnyValue:StringEquals";
    public const string ForAnyValueStringLike = "ForAnyValue:StringLike";
    public const string IpAddress = "IpAddress";
    public const string NotIpAddress = "NotIpAddress";
    public const string ArnEquals = "ArnEquals";
    public const string ArnLike = "ArnLike";
    public const string ArnNotEquals = "ArnNotEquals";
    public const string ArnNotLike = "ArnNotLike";
    public const string DateLessThan = "DateLessThan";
    public const string DateGreaterThan = "DateGreaterThan";

    /// <summary>Every supported operator, in the order a picker should list them.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        StringEquals, StringNotEquals, StringEqualsIgnoreCase, StringLike, StringNotLike,
        ForAllValuesStringEquals, ForAllValuesStringLike, ForAnyValueStringEquals, ForAnyValueStringLike,
        IpAddress, NotIpAddress,
        ArnEquals, ArnLike, ArnNotEquals, ArnNotLike,
        DateLessThan, DateGreaterThan,
    ];

    public static bool IsSupported(string? op) => op is not null && All.Contains(op, StringComparer.Ordinal);

    internal static bool ComparesIpRanges(string op) => op is IpAddress or NotIpAddress;

    internal static bool ComparesArns(string op) => op.StartsWith("Arn", StringComparison.Ordinal);

    internal static bool ComparesDates(string op) => op.StartsWith("Date", StringComparison.Ordinal);
}
