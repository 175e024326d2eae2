using SesConsole.LocalSes.Operations;
using SesConsole.LocalSes.Protocol;

namespace SesConsole.LocalSes.Permissions;

/// <summary>Which served actions each access key is refused, and the AccessDenied SES answers for them.</summary>
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
        return OperationTable.Handlers.ContainsKey(name) ? name : null;
    }

    /// <summary>Throws SES's AccessDenied when the key may not call the action; the message names the action as IAM does.</summary>
    public void Check(string accessKeyId, string region, string action, QueryParameters parameters)
    {
        if (!_deniedByAccessKeyId.TryGetValue(accessKeyId, out var denied) || !denied.Contains(action))
        {
            return;
        }

        var identity = parameters.Optional("Identity") ?? parameters.Optional("Domain") ?? parameters.Optional("EmailAddress");
        var resource = identity is not null && identity.StartsWith("arn:", StringComparison.Ordinal)
            ? identity
            : $"arn:aws:ses:{region}:{_accountId}:identity/{identity ?? "*"}";
        throw new SesErrorException(SesError.AccessDenied(
            $"User: arn:aws:iam::{_accountId}:user/{accessKeyId} is not authorized to perform: {ServicePrefix}{action} on resource: {resource}"));
    }

    private static string ActionName(string entry) =>
        entry.StartsWith(ServicePrefix, StringComparison.OrdinalIgnoreCase) ? entry[ServicePrefix.Length..] : entry;
}
