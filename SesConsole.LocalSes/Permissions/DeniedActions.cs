using SesConsole.LocalSes.Operations;
using SesConsole.LocalSes.Operations.V2;
using SesConsole.LocalSes.Protocol;

namespace SesConsole.LocalSes.Permissions;

/// <summary>Which served actions (v1 and v2) each access key is refused, and the AccessDenied SES answers for them.</summary>
internal sealed class DeniedActions
{
    private const string ServicePrefix = "ses:";
    private readonly Dictionary<string, HashSet<string>> _deniedByAccessKeyId;
    private readonly string _accountId;

    public DeniedActions(IEnumerable<LocalSesCredential> credentials, string accountId)
    {
        _deniedByAccessKeyId = credentials.ToDictionary(
            c => c.AccessKeyId,
            c => c.DeniedActions.Select(ActionName).ToHashSet(StringComparer.Ordinal),
            StringComparer.Ordinal);
        _accountId = accountId;
    }

    /// <summary>The action named by one configured entry (with or without <c>ses:</c>), or null when LocalSes serves no such action.</summary>
    public static string? Served(string entry)
    {
        var name = ActionName(entry);
        return OperationTable.Handlers.ContainsKey(name) || RestRoutes.Operations.Contains(name) ? name : null;
    }

    /// <summary>
    /// Throws <paramref name="refusal"/>'s error (v1 <c>AccessDenied</c>, v2 <c>AccessDeniedException</c>) when the key
    /// may not call the action; the message names the action and the identity's resource as IAM does.
    /// </summary>
    public void Check(string accessKeyId, string region, string action, string? identity, Func<string, SesError> refusal)
    {
        if (!_deniedByAccessKeyId.TryGetValue(accessKeyId, out var denied) || !denied.Contains(action))
        {
            return;
        }

        var resource = identity is not null && identity.StartsWith("arn:", StringComparison.Ordinal)
            ? identity
            : $"arn:aws:ses:{region}:{_accountId}:identity/{identity ?? "*"}";
        throw new SesErrorException(refusal(
            $"User: arn:aws:iam::{_accountId}:user/{accessKeyId} is not authorized to perform: {ServicePrefix}{action} on resource: {resource}"));
    }

    private static string ActionName(string entry) =>
        entry.StartsWith(ServicePrefix, StringComparison.OrdinalIgnoreCase) ? entry[ServicePrefix.Length..] : entry;
}
