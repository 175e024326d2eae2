using System.Net.Http.Headers;
using System.Text;
using SesConsole.Tests.Support.LocalSes;

namespace SesConsole.Tests.Support.SignIn;

/// <summary>Direct SES Query calls to the app's embedded LocalSes, signed with the tests' own SigV4 signer.</summary>
public static class LocalSesCalls
{
    public static async Task<string> CallAsync(Uri localSes, params (string Name, string Value)[] parameters)
    {
        var body = string.Join('&', parameters.Prepend(("Version", "2010-12-01"))
            .Select(p => Uri.EscapeDataString(p.Item1) + "=" + Uri.EscapeDataString(p.Item2)));
        var bytes = Encoding.UTF8.GetBytes(body);
        using var request = new HttpRequestMessage(HttpMethod.Post, localSes) { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded") { CharSet = "utf-8" };
        TestSigV4Signer.Sign(request, bytes, AuthAppFactory.AccessKeyId, AuthAppFactory.SecretAccessKey, AuthAppFactory.Region, "ses", DateTimeOffset.UtcNow);
        using var http = new HttpClient();
        using var response = await http.SendAsync(request);
        var xml = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, xml);
        return xml;
    }
}
