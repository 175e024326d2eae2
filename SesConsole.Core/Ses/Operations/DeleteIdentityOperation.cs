namespace SesConsole.Core.Ses.Operations;

internal static class DeleteIdentityOperation
{
    public const string Action = "DeleteIdentity";

    public static SesQuery Write(string identity) => new SesQueryWriter(Action).Add("Identity", identity).Build();

    public static SesAcknowledgement Read(SesQueryResult result) => new(result.RequestId);
}
