namespace SesConsole.Core.Ses.Operations;

internal static class VerifyDomainDkimOperation
{
    public const string Action = "VerifyDomainDkim";

    public static SesQuery Write(string domain) => new SesQueryWriter(Action).Add("Domain", domain).Build();

    public static VerifyDomainDkimResponse Read(SesQueryResult result) =>
        new(SesXml.Members(result.Result, "DkimTokens"), result.RequestId);
}
