namespace SesConsole.Core.Ses.Operations;

internal static class VerifyDomainIdentityOperation
{
    public const string Action = "VerifyDomainIdentity";

    public static SesQuery Write(string domain) => new SesQueryWriter(Action).Add("Domain", domain).Build();

    public static VerifyDomainIdentityResponse Read(SesQueryResult result) =>
        new(SesXml.RequiredText(result.Result, "VerificationToken"), result.RequestId);
}
