namespace SesConsole.Core.Ses.Operations;

internal static class VerifyEmailIdentityOperation
{
    public const string Action = "VerifyEmailIdentity";

    public static SesQuery Write(string emailAddress) =>
        new SesQueryWriter(Action).Add("EmailAddress", emailAddress).Build();

    public static SesAcknowledgement Read(SesQueryResult result) => new(result.RequestId);
}
