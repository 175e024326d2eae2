using System.Globalization;
using System.Text;
using System.Text.Json;
using SesConsole.LocalSes.Protocol;

namespace SesConsole.LocalSes.Operations;

/// <summary>SES's checks on a sending-authorization policy document; each failure is an InvalidPolicy error.</summary>
internal static class PolicyDocumentRules
{
    public const int MaxDocumentBytes = 4096;
    private static readonly string[] Versions = ["2012-10-17", "2008-10-17"];

    public static void Validate(string document, string identityArn)
    {
        var size = Encoding.UTF8.GetByteCount(document);
        if (size > MaxDocumentBytes)
        {
            throw Invalid(string.Create(CultureInfo.InvariantCulture, $"Policy is {size} bytes; the maximum is {MaxDocumentBytes} bytes"));
        }

        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(document);
        }
        catch (JsonException)
        {
            throw Invalid("Policy is not valid JSON");
        }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw Invalid("Policy must be a JSON object");
            }

            if (!root.TryGetProperty("Version", out var version) || version.ValueKind != JsonValueKind.String || !Versions.Contains(version.GetString()))
            {
                throw Invalid("Policy must have a Version of 2012-10-17 or 2008-10-17");
            }

            if (!root.TryGetProperty("Statement", out var statement))
            {
                throw Invalid("Policy must have a Statement");
            }

            var statements = statement.ValueKind switch
            {
                JsonValueKind.Object => [statement],
                JsonValueKind.Array when statement.GetArrayLength() > 0 => statement.EnumerateArray().ToList(),
                _ => throw Invalid("Policy Statement must be an object or a non-empty array"),
            };
            foreach (var item in statements)
            {
                ValidateStatement(item, identityArn);
            }
        }
    }

    private static void ValidateStatement(JsonElement statement, string identityArn)
    {
        if (statement.ValueKind != JsonValueKind.Object)
        {
            throw Invalid("Each policy statement must be a JSON object");
        }

        if (!statement.TryGetProperty("Effect", out var effect) || effect.GetString() is not ("Allow" or "Deny"))
        {
            throw Invalid("Each policy statement needs an Effect of Allow or Deny");
        }

        if (!statement.TryGetProperty("Action", out _))
        {
            throw Invalid("Each policy statement needs an Action");
        }

        if (!statement.TryGetProperty("Resource", out var resource))
        {
            throw Invalid($"Each policy statement needs the Resource {identityArn}");
        }

        var resources = resource.ValueKind switch
        {
            JsonValueKind.String => [resource.GetString()],
            JsonValueKind.Array => resource.EnumerateArray().Select(r => r.ValueKind == JsonValueKind.String ? r.GetString() : null).ToList(),
            _ => [],
        };
        if (resources.Count != 1 || resources[0] != identityArn)
        {
            throw Invalid($"Policy Resource must be exactly the identity's ARN {identityArn}");
        }
    }

    private static SesErrorException Invalid(string reason) => new(SesError.InvalidPolicy(reason + "."));
}
