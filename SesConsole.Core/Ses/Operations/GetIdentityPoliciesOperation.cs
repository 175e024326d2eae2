namespace SesConsole.Core.Ses.Operations;

internal static class GetIdentityPoliciesOperation
{
    public const string Action = "GetIdentityPolicies";

    public static SesQuery Write(string identity, IReadOnlyList<string> policyNames) =>
        new SesQueryWriter(Action).Add("Identity", identity).AddList("PolicyNames", policyNames).Build();

    public static GetIdentityPoliciesResponse Read(SesQueryResult result) =>
        new(SesXml.Map(result.Result, "Policies", value => value.Value), result.RequestId);
}
