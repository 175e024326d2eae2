namespace SesConsole.Core.Ses.Operations;

/// <summary>SES API v2's enum spellings (<c>PENDING</c>, <c>EMAIL_ADDRESS</c>, ...) to and from our enums.</summary>
internal static class SesV2Values
{
    private static readonly Dictionary<string, SesVerificationStatus> Statuses = new(StringComparer.Ordinal)
    {
        ["PENDING"] = SesVerificationStatus.Pending,
        ["SUCCESS"] = SesVerificationStatus.Success,
        ["FAILED"] = SesVerificationStatus.Failed,
        ["TEMPORARY_FAILURE"] = SesVerificationStatus.TemporaryFailure,
        ["NOT_STARTED"] = SesVerificationStatus.NotStarted,
    };

    private static readonly Dictionary<string, SesEmailIdentityType> Types = new(StringComparer.Ordinal)
    {
        ["EMAIL_ADDRESS"] = SesEmailIdentityType.EmailAddress,
        ["DOMAIN"] = SesEmailIdentityType.Domain,
        ["MANAGED_DOMAIN"] = SesEmailIdentityType.ManagedDomain,
    };

    public static string Wire(SesVerificationStatus status) => Statuses.First(s => s.Value == status).Key;

    public static string Wire(SesEmailIdentityType type) => Types.First(t => t.Value == type).Key;

    public static SesVerificationStatus Status(string member, string text) =>
        Statuses.TryGetValue(text, out var status)
            ? status
            : throw new SesResponseFormatException($"\"{member}\" has the unknown value '{text}'");

    public static SesEmailIdentityType IdentityType(string member, string text) =>
        Types.TryGetValue(text, out var type)
            ? type
            : throw new SesResponseFormatException($"\"{member}\" has the unknown value '{text}'");
}
