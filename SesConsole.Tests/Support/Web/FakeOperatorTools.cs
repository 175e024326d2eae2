using SesConsole.Core.Identities;
using SesConsole.Core.Identities.Names;
using SesConsole.Core.Notifications;
using SesConsole.Core.Sending;
using SesConsole.Core.Ses;

namespace SesConsole.Tests.Support.Web;

/// <summary>Notification settings per identity, a topic list (or its failure), and the changes asked for.</summary>
public sealed class FakeIdentityNotifications : IIdentityNotifications
{
    public Dictionary<string, NotificationSettings> Settings { get; } = new(StringComparer.Ordinal);

    public Outcome<TopicList> Topics { get; set; } = new TopicList("us-east-1", ["arn:aws:sns:us-east-1:123456789012:ses-bounces"], DateTimeOffset.UnixEpoch);

    public Failure? NextChangeFailure { get; set; }

    public List<string> Changes { get; } = [];

    public static NotificationSettings None => new(null, null, null, true, false, false, false);

    public Task<Outcome<NotificationSettings>> GetAsync(string region, string identity, CancellationToken cancellationToken) =>
        Task.FromResult<Outcome<NotificationSettings>>(Settings.GetValueOrDefault(identity) ?? None);

    public Task<Outcome<IReadOnlyDictionary<string, NotificationSettings>>> GetManyAsync(
        string region, IReadOnlyCollection<string> identities, CancellationToken cancellationToken) =>
        Task.FromResult<Outcome<IReadOnlyDictionary<string, NotificationSettings>>>(
            identities.ToDictionary(i => i, i => Settings.GetValueOrDefault(i) ?? None, StringComparer.Ordinal));

    public Task<Outcome<TopicList>> ListTopicsAsync(string region, CancellationToken cancellationToken) => Task.FromResult(Topics);

    public Task<Outcome<Done>> SetTopicAsync(string region, string identity, SesNotificationType type, string? topicArn, CancellationToken cancellationToken) =>
        Change($"topic {type} {topicArn ?? "(none)"}");

    public Task<Outcome<Done>> SetForwardingAsync(string region, string identity, bool enabled, CancellationToken cancellationToken) =>
        Change($"forwarding {enabled}");

    public Task<Outcome<Done>> SetHeadersAsync(string region, string identity, SesNotificationType type, bool enabled, CancellationToken cancellationToken) =>
        Change($"headers {type} {enabled}");

    private Task<Outcome<Done>> Change(string what)
    {
        Changes.Add(what);
        var failure = NextChangeFailure;
        NextChangeFailure = null;
        return Task.FromResult(failure is null ? Outcome<Done>.Success(new Done("req-1")) : Outcome<Done>.Fail(failure));
    }
}

/// <summary>Records test emails; answers a message id or a set failure.</summary>
public sealed class FakeTestEmailSender : ITestEmailSender
{
    public List<(string Region, string Identity, string? FromLocalPart, string Recipient, string Subject)> Sent { get; } = [];

    public Failure? NextFailure { get; set; }

    public IdentityNameCheck CheckRecipient(string? input) => IdentityName.CheckEmail(input);

    public IdentityNameCheck CheckSender(string identity, string? fromLocalPart) => new(identity, null);

    public Task<Outcome<TestEmailSent>> SendAsync(
        string region, string identity, string? fromLocalPart, string recipient, string subject, string body, CancellationToken cancellationToken)
    {
        Sent.Add((region, identity, fromLocalPart, recipient, subject));
        return Task.FromResult(NextFailure is { } failure
            ? Outcome<TestEmailSent>.Fail(failure)
            : Outcome<TestEmailSent>.Success(new TestEmailSent("0100-test-message-id", identity, recipient, "req-1")));
    }
}
