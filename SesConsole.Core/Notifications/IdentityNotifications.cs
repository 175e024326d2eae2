using Microsoft.Extensions.Logging;
using SesConsole.Core.Identities;
using SesConsole.Core.Index;
using SesConsole.Core.Ses;

namespace SesConsole.Core.Notifications;

/// <summary>
/// <see cref="IIdentityNotifications"/> for one operator's session (scoped). Names go to SES exactly as given once
/// valid; a change reads the identity's current settings first (one call) when SES's forwarding rule depends on them.
/// </summary>
public sealed class IdentityNotifications(
    ChangeGate gate,
    ISesClientFactory clients,
    RegionDirectory regions,
    TopicDirectory topics,
    IndexWriteThrough index,
    ILogger<IdentityNotifications> logger) : IIdentityNotifications
{
    private readonly IndexWriteThrough _index = index;
    private readonly ChangeGate _gate = gate;
    private readonly ISesClientFactory _clients = clients;
    private readonly RegionDirectory _regions = regions;
    private readonly TopicDirectory _topics = topics;
    private readonly ILogger<IdentityNotifications> _logger = logger;

    public async Task<Outcome<NotificationSettings>> GetAsync(string region, string identity, CancellationToken cancellationToken)
    {
        if (!_regions.TryResolve(region, out var resolved, out var failure)
            || !ListedIdentityNames.TryCheck(identity, out var name, out failure))
        {
            return failure;
        }

        return await SesReads.RunAsync(_logger, "GetIdentityNotificationAttributes", resolved, async () =>
            await ReadOneAsync(resolved, name, cancellationToken).ConfigureAwait(false)).ConfigureAwait(false);
    }

    public async Task<Outcome<IReadOnlyDictionary<string, NotificationSettings>>> GetManyAsync(
        string region, IReadOnlyCollection<string> identities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(identities);
        if (!_regions.TryResolve(region, out var resolved, out var failure))
        {
            return failure;
        }

        // Names as SES listed them: sent byte for byte, never normalised.
        var names = identities.Where(n => !string.IsNullOrWhiteSpace(n)).Distinct(StringComparer.Ordinal).ToArray();
        return await SesReads.RunAsync(_logger, "GetIdentityNotificationAttributes", resolved, async () =>
        {
            var client = _clients.ForRegion(resolved);
            var result = new Dictionary<string, NotificationSettings>(StringComparer.Ordinal);
            foreach (var batch in names.Chunk(SesLimits.AttributeBatchSize))
            {
                var answer = await client.GetIdentityNotificationAttributesAsync(batch, cancellationToken).ConfigureAwait(false);
                foreach (var (key, attributes) in answer.NotificationAttributes)
                {
                    result[key] = NotificationSettings.From(attributes);
                }
            }

            return Outcome<IReadOnlyDictionary<string, NotificationSettings>>.Success(result);
        }).ConfigureAwait(false);
    }

    public async Task<Outcome<TopicList>> ListTopicsAsync(string region, CancellationToken cancellationToken)
    {
        if (!_regions.TryResolve(region, out var resolved, out var failure))
        {
            return failure;
        }

        try
        {
            return await _topics.ListAsync(resolved, cancellationToken).ConfigureAwait(false);
        }
        catch (SesCallException ex)
        {
            _logger.LogWarning("SNS ListTopics in {Region} failed: {ErrorCode} (request {RequestId})", resolved, ex.ErrorCode, ex.RequestId);
            var explained = SesFailures.From(ex);
            // SNS says AuthorizationError where SES says AccessDenied.
            return ex.IsAccessDenied || ex.ErrorCode == "AuthorizationError"
                ? explained with
                {
                    Kind = FailureKind.AccessDenied,
                    Message = "The console's credentials may not list SNS topics (sns:ListTopics); type the topic's ARN instead.",
                }
                : explained with { Message = explained.Message + " Type the topic's ARN instead." };
        }
    }

    public Task<Outcome<Done>> SetTopicAsync(
        string region, string identity, SesNotificationType type, string? topicArn, CancellationToken cancellationToken) =>
        ChangeAsync(NotificationAuditActions.SetTopic, region, identity, async (attempt, name) =>
        {
            string? arn = null;
            if (!string.IsNullOrWhiteSpace(topicArn))
            {
                var check = SnsTopicArns.Check(topicArn, attempt.Region);
                if (!check.IsValid)
                {
                    return await attempt.RefuseAsync(
                        new Failure(FailureKind.InvalidInput, check.Error!, Field: NotificationRules.TopicField(type)), cancellationToken).ConfigureAwait(false);
                }

                arn = check.Normalized;
            }

            var client = _clients.ForRegion(attempt.Region);
            return await attempt.RunAsync<Done>(
                async () =>
                {
                    if (arn is null && type != SesNotificationType.Delivery)
                    {
                        var current = await ReadOneAsync(attempt.Region, name, cancellationToken).ConfigureAwait(false);
                        if (!current.Succeeded)
                        {
                            return current.Failure;
                        }

                        if (NotificationRules.RefuseTopicRemoval(current.Value, type) is { } refusal)
                        {
                            return refusal;
                        }
                    }

                    var ack = await client.SetIdentityNotificationTopicAsync(name, type, arn, cancellationToken).ConfigureAwait(false);
                    if (arn is null && type != SesNotificationType.Delivery)
                    {
                        // Without this topic nobody hears of these bounces or complaints (a new topic shows at the next read).
                        await _index.FeedbackTopicsReadAsync(attempt.Region, name, missing: true).ConfigureAwait(false);
                    }

                    return new Done(ack.RequestId);
                },
                done => done.RequestId,
                arn is null ? $"{type} notifications turned off." : $"{type} notifications go to {arn}.",
                cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    public Task<Outcome<Done>> SetForwardingAsync(string region, string identity, bool enabled, CancellationToken cancellationToken) =>
        ChangeAsync(NotificationAuditActions.SetForwarding, region, identity, async (attempt, name) =>
        {
            var client = _clients.ForRegion(attempt.Region);
            return await attempt.RunAsync<Done>(
                async () =>
                {
                    if (!enabled)
                    {
                        var current = await ReadOneAsync(attempt.Region, name, cancellationToken).ConfigureAwait(false);
                        if (!current.Succeeded)
                        {
                            return current.Failure;
                        }

                        if (NotificationRules.RefuseForwardingOff(current.Value) is { } refusal)
                        {
                            return refusal;
                        }
                    }

                    var ack = await client.SetIdentityFeedbackForwardingEnabledAsync(name, enabled, cancellationToken).ConfigureAwait(false);
                    return new Done(ack.RequestId);
                },
                done => done.RequestId,
                enabled ? "Email feedback forwarding turned on." : "Email feedback forwarding turned off.",
                cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    public Task<Outcome<Done>> SetHeadersAsync(
        string region, string identity, SesNotificationType type, bool enabled, CancellationToken cancellationToken) =>
        ChangeAsync(NotificationAuditActions.SetHeaders, region, identity, async (attempt, name) =>
        {
            var client = _clients.ForRegion(attempt.Region);
            return await attempt.RunAsync<Done>(
                async () =>
                {
                    var ack = await client.SetIdentityHeadersInNotificationsEnabledAsync(name, type, enabled, cancellationToken)
                        .ConfigureAwait(false);
                    return new Done(ack.RequestId);
                },
                done => done.RequestId,
                $"Original headers in {type.ToString().ToLowerInvariant()} notifications {(enabled ? "included" : "left out")}.",
                cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    /// <summary>Opens the change through the gate (permission, region, audit) for a name SES holds, kept as given.</summary>
    private async Task<Outcome<Done>> ChangeAsync(
        string action, string region, string identity, Func<ChangeAttempt, string, Task<Outcome<Done>>> change, CancellationToken cancellationToken)
    {
        var opened = await _gate.OpenAsync(action, region, identity, cancellationToken).ConfigureAwait(false);
        if (!opened.Succeeded)
        {
            return opened.Failure;
        }

        return ListedIdentityNames.TryCheck(identity, out var name, out var invalid)
            ? await change(opened.Value, name).ConfigureAwait(false)
            : await opened.Value.RefuseAsync(invalid, cancellationToken).ConfigureAwait(false);
    }

    private async Task<Outcome<NotificationSettings>> ReadOneAsync(string region, string name, CancellationToken cancellationToken)
    {
        var answer = await _clients.ForRegion(region).GetIdentityNotificationAttributesAsync([name], cancellationToken).ConfigureAwait(false);
        if (!answer.NotificationAttributes.TryGetValue(name, out var attributes))
        {
            return new Failure(FailureKind.NotFound, $"SES has no identity {name} in {region}.");
        }

        var settings = NotificationSettings.From(attributes);
        await _index.FeedbackTopicsReadAsync(region, name, settings.MissingFeedbackTopics).ConfigureAwait(false);
        return settings;
    }
}
