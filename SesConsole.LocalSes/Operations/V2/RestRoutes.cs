namespace SesConsole.LocalSes.Operations.V2;

/// <summary>One matched SES API v2 route: the operation's name, its handler and the decoded path values.</summary>
internal sealed record RestRoute(string Operation, RestOperationHandler Handler, IReadOnlyDictionary<string, string> PathValues);

/// <summary>
/// The SES API v2 routes LocalSes serves: the identity reads and GetAccount. ListEmailIdentities has two bindings: the current SDKs' POST with a JSON
/// body and the older documented GET with query parameters.
/// </summary>
internal static class RestRoutes
{
    public const string Prefix = "/v2/";
    public const string ListEmailIdentities = "ListEmailIdentities";
    public const string GetEmailIdentity = "GetEmailIdentity";
    public const string GetAccount = "GetAccount";

    /// <summary>Every SES API v2 operation LocalSes serves, by name.</summary>
    public static IReadOnlySet<string> Operations { get; } =
        new HashSet<string>(StringComparer.Ordinal) { ListEmailIdentities, GetEmailIdentity, GetAccount };

    public static bool IsRestPath(string rawPath) => rawPath.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>The route of <paramref name="method"/> <paramref name="rawPath"/> (as sent, still encoded), or null.</summary>
    public static RestRoute? Match(string method, string rawPath)
    {
        var segments = rawPath.Split('/');
        if (segments is not ["", "v2", "email", ..])
        {
            return null;
        }

        return (method, segments[3..]) switch
        {
            ("POST", ["list-identities"]) => new RestRoute(ListEmailIdentities, EmailIdentityOperations.ListFromBodyAsync, NoValues),
            ("GET", ["account"]) => new RestRoute(GetAccount, AccountOperations.GetAccountAsync, NoValues),
            ("GET", ["identities"]) => new RestRoute(ListEmailIdentities, EmailIdentityOperations.ListFromQueryAsync, NoValues),
            ("GET", ["identities", var name]) => new RestRoute(
                GetEmailIdentity,
                EmailIdentityOperations.GetAsync,
                new Dictionary<string, string>(StringComparer.Ordinal) { ["EmailIdentity"] = Uri.UnescapeDataString(name) }),
            _ => null,
        };
    }

    private static readonly IReadOnlyDictionary<string, string> NoValues = new Dictionary<string, string>();
}
