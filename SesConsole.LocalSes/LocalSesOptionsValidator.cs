using System.Net;
using SesConsole.LocalSes.Account;
using SesConsole.LocalSes.Permissions;
using SesConsole.LocalSes.Verification;

namespace SesConsole.LocalSes;

/// <summary>Refuses configurations LocalSes must not run with, naming the key at fault.</summary>
internal static class LocalSesOptionsValidator
{
    /// <summary>Returns the loopback endpoint to listen on, or throws <see cref="InvalidOperationException"/>.</summary>
    public static IPEndPoint Validate(LocalSesOptions options)
    {
        var section = LocalSesOptions.SectionName;
        if (!Uri.TryCreate(options.Url, UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttp)
        {
            throw new InvalidOperationException($"{section}:Url must be an http URL such as http://127.0.0.1:4579; got '{options.Url}'.");
        }

        IPAddress address;
        if (string.Equals(url.Host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            address = IPAddress.Loopback;
        }
        else if (!IPAddress.TryParse(url.Host.Trim('[', ']'), out address!) || !IPAddress.IsLoopback(address))
        {
            throw new InvalidOperationException(
                $"{section}:Url must use a loopback address (127.0.0.1, [::1] or localhost); LocalSes never listens on '{url.Host}'.");
        }

        if (options.Credentials.Count == 0
            || options.Credentials.Any(c => string.IsNullOrWhiteSpace(c.AccessKeyId) || string.IsNullOrWhiteSpace(c.SecretAccessKey)))
        {
            throw new InvalidOperationException(
                $"{section}:Credentials must list at least one entry, each with an AccessKeyId and a SecretAccessKey.");
        }

        if (options.Credentials.Select(c => c.AccessKeyId).Distinct(StringComparer.Ordinal).Count() != options.Credentials.Count)
        {
            throw new InvalidOperationException($"{section}:Credentials lists the same AccessKeyId twice.");
        }

        for (var i = 0; i < options.Credentials.Count; i++)
        {
            var unknown = options.Credentials[i].DeniedActions.Where(a => DeniedActions.Served(a) is null).ToList();
            if (unknown.Count > 0)
            {
                throw new InvalidOperationException(
                    $"{section}:Credentials[{i}]:DeniedActions names actions LocalSes does not serve: {string.Join(", ", unknown)}.");
            }
        }

        if (!LocalSesAccount.EnforcementStatuses.Contains(options.EnforcementStatus, StringComparer.Ordinal))
        {
            throw new InvalidOperationException(
                $"{section}:EnforcementStatus must be one of {string.Join(", ", LocalSesAccount.EnforcementStatuses)}; got '{options.EnforcementStatus}'.");
        }

        if (string.IsNullOrWhiteSpace(options.DatabasePath))
        {
            throw new InvalidOperationException($"{section}:DatabasePath must name the SQLite file.");
        }

        if (options.Topics.FirstOrDefault(t => !IsTopic(t)) is { } badTopic)
        {
            throw new InvalidOperationException(
                $"{section}:Topics must list SNS topic names (1-256 of A-Z a-z 0-9 _ -) or topic ARNs; got '{badTopic}'.");
        }

        if (options.AccountId.Length != 12 || !options.AccountId.All(char.IsAsciiDigit))
        {
            throw new InvalidOperationException($"{section}:AccountId must be 12 digits; got '{options.AccountId}'.");
        }

        if (options.DnsLookupTimeout <= TimeSpan.Zero)
        {
            throw new InvalidOperationException($"{section}:DnsLookupTimeout must be positive.");
        }

        foreach (var server in options.DnsServers)
        {
            try
            {
                DnsLookup.ParseServer(server);
            }
            catch (FormatException ex)
            {
                throw new InvalidOperationException($"{section}:DnsServers: {ex.Message}", ex);
            }
        }

        return new IPEndPoint(address, url.Port);
    }

    private static bool IsTopic(string topic)
    {
        var name = topic.StartsWith("arn:aws:sns:", StringComparison.Ordinal) && topic.Split(':') is { Length: 6 } parts && parts[3].Length > 0
            ? parts[5]
            : topic;
        return name.Length is >= 1 and <= 256 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-');
    }
}
