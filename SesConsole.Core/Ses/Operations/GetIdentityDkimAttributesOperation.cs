namespace SesConsole.Core.Ses.Operations;

internal static class GetIdentityDkimAttributesOperation
{
    public const string Action = "GetIdentityDkimAttributes";

    public static SesQuery Write(IReadOnlyList<string> identities) =>
        new SesQueryWriter(Action).AddList("Identities", identities).Build();

    public static GetIdentityDkimAttributesResponse Read(SesQueryResult result) =>
        new(
            SesXml.Map(result.Result, "DkimAttributes", value => new IdentityDkimAttributes(
                SesXml.Boolean(value, "DkimEnabled"),
                SesXml.Status(value, "DkimVerificationStatus"),
                SesXml.Members(value, "DkimTokens"))),
            result.RequestId);
}
