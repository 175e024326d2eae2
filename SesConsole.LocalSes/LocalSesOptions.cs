using Microsoft.Extensions.Logging;
using SesConsole.LocalSes.Knobs;

namespace SesConsole.LocalSes;

/// <summary>Configuration of a LocalSes server (configuration section <c>LocalSes</c>).</summary>
public sealed class LocalSesOptions
{
    public const string SectionName = "LocalSes";

    /// <summary>The account id in identity ARNs: AWS's documentation example account, which belongs to nobody.</summary>
    public const string DefaultAccountId = "123456789012";

    /// <summary>Where to listen: an http URL on a loopback address (127.0.0.1, [::1] or localhost); port 0 picks a free port.</summary>
    public string Url { get; set; } = "http://127.0.0.1:4579";

    /// <summary>The SQLite file; created with its folder when missing.</summary>
    public string DatabasePath { get; set; } = Path.Combine(".localses", "localses.db");

    public List<LocalSesCredential> Credentials { get; set; } = [];

    public string AccountId { get; set; } = DefaultAccountId;

    /// <summary>DNS servers as ip or ip:port; empty means the system resolver.</summary>
    public List<string> DnsServers { get; set; } = [];

    /// <summary>How often the background sweep checks waiting domains; zero or negative turns the timer off.</summary>
    public TimeSpan DnsCheckInterval { get; set; } = TimeSpan.FromSeconds(60);

    public TimeSpan DnsLookupTimeout { get; set; } = TimeSpan.FromSeconds(2);

    public LocalSesKnobOptions Knobs { get; set; } = new();

    /// <summary>
    /// Models an account in the SES sandbox: SendEmail also refuses unverified recipients (mailbox simulator
    /// addresses excepted), and GetSendQuota reports the sandbox quota (200 a day, 1 a second).
    /// </summary>
    public bool Sandbox { get; set; }

    /// <summary>False models an account whose sending SES has paused (GetAccountSendingEnabled, SendEmail refused).</summary>
    public bool SendingEnabled { get; set; } = true;

    /// <summary>
    /// What SES API v2 GetAccount reports as the account's <c>EnforcementStatus</c>: <c>HEALTHY</c> (the default),
    /// <c>PROBATION</c> (SES is reviewing the account's bounces or complaints) or <c>SHUTDOWN</c>.
    /// </summary>
    public string EnforcementStatus { get; set; } = "HEALTHY";

    /// <summary>
    /// SNS topics that SNS ListTopics answers with and SetIdentityNotificationTopic accepts: a topic name exists in
    /// every region (as <c>arn:aws:sns:{region}:{AccountId}:{name}</c>); a full ARN exists only in its own region.
    /// </summary>
    public List<string> Topics { get; set; } = [];

    /// <summary>The clock for signatures, expiry and rate limits; tests hand in a fake one.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Where the server logs; none by default.</summary>
    public ILoggerFactory? LoggerFactory { get; set; }
}
