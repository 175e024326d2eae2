using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SesConsole.Web.Components.Pages.Identities.Policies;

/// <summary>Shows stored policy documents the way the generator writes them: indented, nothing escaped needlessly.</summary>
public static class PolicyJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <returns>The document indented, or as stored when it is not JSON (SES holds whatever it accepted).</returns>
    public static string Pretty(string? document)
    {
        if (string.IsNullOrWhiteSpace(document))
        {
            return string.Empty;
        }

        try
        {
            using var json = JsonDocument.Parse(document);
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer, Options))
            {
                json.WriteTo(writer);
            }

            return Encoding.UTF8.GetString(buffer.ToArray());
        }
        catch (JsonException)
        {
            return document;
        }
    }

    public static int Bytes(string? document) => Encoding.UTF8.GetByteCount(document ?? string.Empty);
}
