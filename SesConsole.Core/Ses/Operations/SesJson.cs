using System.Globalization;
using System.Text.Json;

namespace SesConsole.Core.Ses.Operations;

/// <summary>Reading helpers for SES API v2's JSON answers; a member that is absent or JSON null reads as missing.</summary>
internal static class SesJson
{
    public static JsonElement? Member(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null
            ? value
            : null;

    public static string? Text(JsonElement parent, string name) =>
        Member(parent, name) is { } value
            ? value.ValueKind == JsonValueKind.String ? value.GetString() : throw Wrong(name, "a string", value)
            : null;

    public static string RequiredText(JsonElement parent, string name) =>
        Text(parent, name) ?? throw new SesResponseFormatException($"the member \"{name}\" is missing");

    public static bool? Boolean(JsonElement parent, string name) =>
        Member(parent, name) is { } value
            ? value.ValueKind switch
            {
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => throw Wrong(name, "a boolean", value),
            }
            : null;

    public static long? Integer(JsonElement parent, string name) =>
        Member(parent, name) is { } value
            ? value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number) ? number : throw Wrong(name, "a whole number", value)
            : null;

    public static double? Number(JsonElement parent, string name) =>
        Member(parent, name) is { } value
            ? value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var number) && double.IsFinite(number)
                ? number
                : throw Wrong(name, "a number", value)
            : null;

    /// <summary>A timestamp in epoch seconds (a JSON number, possibly with a fraction), as REST-JSON sends it.</summary>
    public static DateTimeOffset? Timestamp(JsonElement parent, string name) =>
        Member(parent, name) is { } value
            ? value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out var seconds) && double.IsFinite(seconds)
                ? DateTimeOffset.UnixEpoch.AddMilliseconds(Math.Round(seconds * 1000))
                : throw Wrong(name, "epoch seconds", value)
            : null;

    public static IEnumerable<JsonElement> Array(JsonElement parent, string name) =>
        Member(parent, name) is { } value
            ? value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : throw Wrong(name, "an array", value)
            : [];

    public static IReadOnlyList<string> Strings(JsonElement parent, string name) =>
        Array(parent, name)
            .Select(item => item.ValueKind == JsonValueKind.String ? item.GetString()! : throw Wrong(name, "an array of strings", item))
            .ToArray();

    /// <summary>A JSON object of string values; keys are kept exactly as sent.</summary>
    public static IReadOnlyDictionary<string, string> StringMap(JsonElement parent, string name)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Member(parent, name) is not { } value)
        {
            return map;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            throw Wrong(name, "an object", value);
        }

        foreach (var entry in value.EnumerateObject())
        {
            map[entry.Name] = entry.Value.ValueKind == JsonValueKind.String
                ? entry.Value.GetString()!
                : throw Wrong($"{name}.{entry.Name}", "a string", entry.Value);
        }

        return map;
    }

    private static SesResponseFormatException Wrong(string name, string expected, JsonElement value) =>
        new(string.Create(CultureInfo.InvariantCulture, $"\"{name}\" is not {expected} but a JSON {value.ValueKind}"));
}
