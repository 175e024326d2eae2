namespace SesConsole.Core.Ses.Operations;

internal static class GetIdentityVerificationAttributesOperation
{
    public const string Action = "GetIdentityVerificationAttributes";

    public static SesQuery Write(IReadOnlyList<string> identities) =>
        new SesQueryWriter(Action).AddList("Identities", identities).Build();

    public static GetIdentityVerificationAttributesResponse Read(SesQueryResult result) =>
        new(
            SesXml.Map(result.Result, "VerificationAttributes", value => new IdentityVerificationAttributes(
                SesXml.Status(value, "VerificationStatus"),
                SesXml.Text(value, "VerificationToken"))),
            result.RequestId);
}
