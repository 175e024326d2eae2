using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using SesConsole.LocalSes.Identities;
using SesConsole.LocalSes.Protocol;
using SesConsole.LocalSes.Storage;

namespace SesConsole.LocalSes.Operations.V2;

/// <summary>SES API v2 ListEmailIdentities (both bindings) and GetEmailIdentity over the v1 store.</summary>
internal static class EmailIdentityOperations
{
    public const int MaxPageSize = 1000;

    private const string NameContainsKey = "IDENTITY_NAME_CONTAINS";
    private const string TypeKey = "IDENTITY_TYPE";
    private const string StatusKey = "VERIFICATION_STATUS";

    public static Task<JsonObject> ListFromBodyAsync(RestOperationContext context, CancellationToken ct)
    {
        var body = ReadBody(context.Body);
        var filter = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Member(body, "Filter") is { } filterNode)
        {
            if (filterNode is not JsonObject filterObject)
            {
                throw BadRequest("Filter must be an object of filter keys to string values.");
            }

            foreach (var (key, value) in filterObject)
            {
                filter[key] = value is JsonValue text && text.TryGetValue<string>(out var s)
                    ? s
                    : throw BadRequest($"The Filter value of {key} must be a string.");
            }
        }

        var nextToken = Member(body, "NextToken") switch
        {
            null => null,
            JsonValue text when text.TryGetValue<string>(out var s) => s,
            _ => throw BadRequest("NextToken must be a string."),
        };
        int? pageSize = Member(body, "PageSize") switch
        {
            null => null,
            JsonValue number when number.GetValueKind() == JsonValueKind.Number && number.TryGetValue<int>(out var n) => n,
            _ => throw BadRequest(PageSizeMessage),
        };
        return ListAsync(context, filter, nextToken, pageSize, ct);
    }

    public static Task<JsonObject> ListFromQueryAsync(RestOperationContext context, CancellationToken ct)
    {
        int? pageSize = context.Query.Optional("PageSize") is { } text
            ? int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : throw BadRequest(PageSizeMessage)
            : null;
        return ListAsync(context, new Dictionary<string, string>(), context.Query.Optional("NextToken"), pageSize, ct);
    }

    public static async Task<JsonObject> GetAsync(RestOperationContext context, CancellationToken ct)
    {
        var asked = context.PathValues["EmailIdentity"];
        if (asked.Length == 0)
        {
            throw BadRequest("EmailIdentity must not be empty.");
        }

        var key = IdentityNames.Key(asked);
        var record = await context.Identities.GetAsync(context.Region, key, ct)
            ?? throw new SesErrorException(SesError.NotFound($"Email identity {asked} does not exist in region {context.Region}."));
        var policyNames = await context.Policies.ListNamesAsync(context.Region, key, ct);
        var policies = policyNames.Count == 0 ? new Dictionary<string, string>() : await context.Policies.GetAsync(context.Region, key, policyNames, ct);
        var status = record.EffectiveStatus(context.Now);

        var answer = new JsonObject
        {
            ["IdentityType"] = V2Values.Type(record.Type),
            ["FeedbackForwardingStatus"] = true,
            ["VerifiedForSendingStatus"] = status == VerificationStatus.Success,
            ["VerificationStatus"] = V2Values.Status(status),
            ["DkimAttributes"] = Dkim(record, context.Now),
            ["Policies"] = new JsonObject(policies.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value))),
            ["Tags"] = new JsonArray(),
        };
        if (record.MailFromDomain is not null)
        {
            answer["MailFromAttributes"] = new JsonObject
            {
                ["MailFromDomain"] = record.MailFromDomain,
                ["MailFromDomainStatus"] = V2Values.Status(record.EffectiveMailFromStatus(context.Now)!),
                ["BehaviorOnMxFailure"] = V2Values.BehaviorOnMxFailure(record.MailFromBehavior),
            };
        }

        if (await context.Checks.GetAsync(context.Region, key, ct) is { } check)
        {
            answer["VerificationInfo"] = VerificationInfo(check);
        }

        return answer;
    }

    private const string PageSizeMessage = "PageSize must be a whole number from 0 to 1000.";

    private static async Task<JsonObject> ListAsync(
        RestOperationContext context, IReadOnlyDictionary<string, string> filter, string? nextToken, int? pageSize, CancellationToken ct)
    {
        if (pageSize is < 0 or > MaxPageSize)
        {
            throw BadRequest(PageSizeMessage);
        }

        // The API reference allows 0 and gives no default; LocalSes reads 0 and absent as its largest page.
        var limit = pageSize is null or 0 ? MaxPageSize : pageSize.Value;
        foreach (var key in filter.Keys.Where(k => k is not (NameContainsKey or TypeKey or StatusKey)))
        {
            throw BadRequest($"Filter key {key} is not valid; use {NameContainsKey}, {TypeKey} or {StatusKey}.");
        }

        var type = filter.TryGetValue(TypeKey, out var typeText)
            ? V2Values.Stored(V2Values.Types, typeText) ?? throw BadRequest($"{TypeKey} {typeText} is not valid; use EMAIL_ADDRESS, DOMAIN or MANAGED_DOMAIN.")
            : null;
        var status = filter.TryGetValue(StatusKey, out var statusText)
            ? V2Values.Stored(V2Values.Statuses, statusText)
                ?? throw BadRequest($"{StatusKey} {statusText} is not valid; use PENDING, SUCCESS, FAILED, TEMPORARY_FAILURE or NOT_STARTED.")
            : null;
        var contains = filter.GetValueOrDefault(NameContainsKey);
        if (contains is { Length: 0 })
        {
            throw BadRequest($"{NameContainsKey} must not be empty.");
        }

        var scope = string.Join('|', "v2", type, status, contains);
        string? after = null;
        if (nextToken is { Length: > 0 })
        {
            after = NextToken.Read(nextToken) is { } read && read.Scope == scope
                ? read.LastName
                : throw BadRequest("The NextToken is not valid for this request; pass the NextToken of the previous answer unchanged, with the same Filter.");
        }

        var found = await context.Listing.ListAsync(
            new IdentityListQuery(context.Region, type, status, contains, after, limit + 1, context.Now), ct);
        var page = found.Take(limit).ToList();
        var answer = new JsonObject
        {
            ["EmailIdentities"] = new JsonArray(page.Select(identity => (JsonNode)new JsonObject
            {
                ["IdentityType"] = V2Values.Type(identity.Type),
                ["IdentityName"] = identity.Name,
                ["SendingEnabled"] = identity.Status == VerificationStatus.Success,
                ["VerificationStatus"] = V2Values.Status(identity.Status),
            }).ToArray()),
        };
        if (found.Count > limit)
        {
            answer["NextToken"] = NextToken.Encode(scope, page[^1].Name);
        }

        return answer;
    }

    private static JsonObject Dkim(IdentityRecord record, DateTimeOffset now) =>
        record.DkimTokens.Count == 0
            ? new JsonObject
            {
                ["SigningEnabled"] = false,
                ["Status"] = "NOT_STARTED",
                ["Tokens"] = new JsonArray(),
                ["SigningAttributesOrigin"] = "AWS_SES",
            }
            : new JsonObject
            {
                ["SigningEnabled"] = record.DkimEnabled,
                ["Status"] = V2Values.Status(record.EffectiveDkimStatus(now)),
                ["Tokens"] = new JsonArray(record.DkimTokens.Select(t => (JsonNode)JsonValue.Create(t)).ToArray()),
                ["SigningAttributesOrigin"] = "AWS_SES",
            };

    /// <summary>SES's VerificationInfo: epoch-second timestamps, the error type only while the last check failed.</summary>
    private static JsonObject VerificationInfo(VerificationCheck check)
    {
        var info = new JsonObject { ["LastCheckedTimestamp"] = V2Values.EpochSeconds(check.CheckedAt) };
        if (check.SuccessAt is { } success)
        {
            info["LastSuccessTimestamp"] = V2Values.EpochSeconds(success);
        }

        if (check.ErrorType is { } error)
        {
            info["ErrorType"] = error;
        }

        if (check.SoaPrimaryNameServer is not null)
        {
            info["SOARecord"] = new JsonObject
            {
                ["PrimaryNameServer"] = check.SoaPrimaryNameServer,
                ["AdminEmail"] = check.SoaAdminEmail,
                ["SerialNumber"] = check.SoaSerialNumber,
            };
        }

        return info;
    }

    private static JsonObject ReadBody(byte[] body)
    {
        if (body.Length == 0)
        {
            return [];
        }

        try
        {
            return JsonNode.Parse(body) as JsonObject ?? throw BadRequest("The request body must be a JSON object.");
        }
        catch (JsonException ex)
        {
            throw BadRequest($"The request body is not valid JSON: {ex.Message}");
        }
    }

    private static JsonNode? Member(JsonObject body, string name) => body.TryGetPropertyValue(name, out var value) ? value : null;

    private static SesErrorException BadRequest(string message) => new(SesError.BadRequest(message));
}
