using System.Xml.Linq;
using SesConsole.LocalSes.Identities;
using SesConsole.LocalSes.Protocol;
using SesConsole.LocalSes.Storage;
using static SesConsole.LocalSes.Protocol.SesXml;

namespace SesConsole.LocalSes.Operations;

/// <summary>
/// GetIdentityNotificationAttributes, SetIdentityNotificationTopic, SetIdentityFeedbackForwardingEnabled and
/// SetIdentityHeadersInNotificationsEnabled, with SES's rule that feedback forwarding can be off only while both the
/// bounce and the complaint topic are set.
/// </summary>
internal static class NotificationOperations
{
    private const string Bounce = "Bounce";
    private const string Complaint = "Complaint";
    private const string Delivery = "Delivery";

    public static async Task<IReadOnlyList<XElement>> GetAttributesAsync(OperationContext context, CancellationToken ct)
    {
        var identities = IdentityLists.Read(context.Parameters);
        var records = await context.Identities.GetManyAsync(context.Region, identities.Select(i => i.Key).ToList(), ct);
        var entries = new List<KeyValuePair<string, object>>();
        foreach (var (asked, key) in identities.Where(i => records.ContainsKey(i.Key)).DistinctBy(i => i.Asked))
        {
            var settings = await context.Account.Notifications.GetAsync(context.Region, key, ct);
            var value = new List<XElement>();
            AddTopic(value, "BounceTopic", settings.BounceTopic);
            AddTopic(value, "ComplaintTopic", settings.ComplaintTopic);
            AddTopic(value, "DeliveryTopic", settings.DeliveryTopic);
            value.Add(Element("ForwardingEnabled", Flag(settings.ForwardingEnabled)));
            value.Add(Element("HeadersInBounceNotificationsEnabled", Flag(settings.HeadersInBounce)));
            value.Add(Element("HeadersInComplaintNotificationsEnabled", Flag(settings.HeadersInComplaint)));
            value.Add(Element("HeadersInDeliveryNotificationsEnabled", Flag(settings.HeadersInDelivery)));
            entries.Add(new(asked, value.ToArray()));
        }

        return [Map("NotificationAttributes", entries)];
    }

    public static async Task<IReadOnlyList<XElement>> SetTopicAsync(OperationContext context, CancellationToken ct)
    {
        var identity = await ExistingIdentityAsync(context, ct);
        var type = NotificationType(context.Parameters);
        var topic = context.Parameters.Optional("SnsTopic") is { Length: > 0 } t ? t : null;
        if (topic is not null && !context.Account.Topics.Exists(context.Region, topic))
        {
            throw new SesErrorException(SesError.InvalidParameterValue(
                $"Invalid SNS topic {topic}: it does not exist in region {context.Region} or Amazon SES may not publish to it."));
        }

        await context.Account.Notifications.UpdateAsync(context.Region, identity, current =>
        {
            var next = type switch
            {
                Bounce => current with { BounceTopic = topic },
                Complaint => current with { ComplaintTopic = topic },
                _ => current with { DeliveryTopic = topic },
            };
            if (!next.ForwardingEnabled && (next.BounceTopic is null || next.ComplaintTopic is null))
            {
                throw new SesErrorException(SesError.InvalidParameterValue(
                    $"Cannot remove the {type} topic of {identity} while feedback forwarding is disabled; enable feedback forwarding first."));
            }

            return next;
        }, ct);
        return [];
    }

    public static async Task<IReadOnlyList<XElement>> SetForwardingAsync(OperationContext context, CancellationToken ct)
    {
        var identity = await ExistingIdentityAsync(context, ct);
        var enabled = Boolean(context.Parameters, "ForwardingEnabled");
        await context.Account.Notifications.UpdateAsync(context.Region, identity, current =>
        {
            if (!enabled && (current.BounceTopic is null || current.ComplaintTopic is null))
            {
                throw new SesErrorException(SesError.InvalidParameterValue(
                    $"Feedback forwarding for {identity} can be disabled only when both a bounce and a complaint SNS topic are set."));
            }

            return current with { ForwardingEnabled = enabled };
        }, ct);
        return [];
    }

    public static async Task<IReadOnlyList<XElement>> SetHeadersAsync(OperationContext context, CancellationToken ct)
    {
        var identity = await ExistingIdentityAsync(context, ct);
        var type = NotificationType(context.Parameters);
        var enabled = Boolean(context.Parameters, "Enabled");
        await context.Account.Notifications.UpdateAsync(context.Region, identity, current => type switch
        {
            Bounce => current with { HeadersInBounce = enabled },
            Complaint => current with { HeadersInComplaint = enabled },
            _ => current with { HeadersInDelivery = enabled },
        }, ct);
        return [];
    }

    private static async Task<string> ExistingIdentityAsync(OperationContext context, CancellationToken ct)
    {
        var identity = IdentityNames.Key(context.Parameters.Required("Identity"));
        return await context.Identities.GetAsync(context.Region, identity, ct) is null
            ? throw new SesErrorException(SesError.InvalidParameterValue($"Identity {identity} does not exist in region {context.Region}."))
            : identity;
    }

    private static string NotificationType(QueryParameters parameters)
    {
        var type = parameters.Required("NotificationType");
        return type is Bounce or Complaint or Delivery
            ? type
            : throw new SesErrorException(SesError.InvalidParameterValue(
                $"NotificationType {type} is not valid; use Bounce, Complaint or Delivery."));
    }

    private static bool Boolean(QueryParameters parameters, string name) =>
        parameters.Required(name) switch
        {
            "true" => true,
            "false" => false,
            var other => throw new SesErrorException(SesError.InvalidParameterValue($"{name} {other} is not valid; use true or false.")),
        };

    private static void AddTopic(List<XElement> value, string name, string? topic)
    {
        if (topic is not null)
        {
            value.Add(Element(name, topic));
        }
    }

    private static string Flag(bool value) => value ? "true" : "false";
}
