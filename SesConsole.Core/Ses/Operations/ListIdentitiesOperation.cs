namespace SesConsole.Core.Ses.Operations;

internal static class ListIdentitiesOperation
{
    public const string Action = "ListIdentities";

    public static SesQuery Write(ListIdentitiesRequest request) =>
        new SesQueryWriter(Action)
            .Add("IdentityType", request.IdentityType?.ToString())
            .Add("MaxItems", request.MaxItems)
            .Add("NextToken", request.NextToken)
            .Build();

    public static ListIdentitiesResponse Read(SesQueryResult result) =>
        new(SesXml.Members(result.Result, "Identities"), SesXml.Text(result.Result, "NextToken"), result.RequestId);
}
