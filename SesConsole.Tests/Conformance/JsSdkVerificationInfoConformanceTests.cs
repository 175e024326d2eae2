using System.Text.Json;
using SesConsole.Tests.Support;
using SesConsole.Tests.Support.Dns;
using SesConsole.Tests.Support.LocalSes;

using static SesConsole.Tests.Support.Ses.SesReply;

namespace SesConsole.Tests.Conformance;

/// <summary>
/// SES API v2 GetEmailIdentity's <c>VerificationInfo</c> from LocalSes's own DNS check of a domain's <c>_amazonses</c>
/// TXT record (a real dnsmasq), read with <c>@aws-sdk/client-sesv2</c>: its timestamps parse as dates and its error
/// type is one of the SDK's <c>VerificationError</c> values.
/// </summary>
[Trait("Category", "Conformance")]
public sealed class JsSdkVerificationInfoConformanceTests
{
    [Fact]
    public async Task JsSdkV2ReadsTheLastCheckAndItsErrorTypeForAMissingTxtRecordAndTheSuccessForAPublishedOne()
    {
        using var folder = new TempFolder();
        await using var seeding = await LocalSesHarness.StartAsync(directory: folder.Path);
        var token = Result(await seeding.CallAsync("VerifyDomainIdentity", ("Domain", "published.test")), "VerifyDomainIdentity");
        Result(await seeding.CallAsync("VerifyDomainIdentity", ("Domain", "missing.test")), "VerifyDomainIdentity");
        await seeding.DisposeAsync();
        await using var dns = await DnsmasqServer.StartAsync([$"--txt-record=_amazonses.published.test,{token}"], CancellationToken.None);
        await using var ses = await LocalSesHarness.StartAsync(o => o.DnsServers = [dns.Endpoint], directory: folder.Path);
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);

        var beforeCheck = await ConformanceScripts.RunAsync(ses.Server, "sesv2_getemailidentity.js", "missing.test");
        await ses.Server.CheckDomainsNowAsync(CancellationToken.None);
        var missing = await ConformanceScripts.RunAsync(ses.Server, "sesv2_getemailidentity.js", "missing.test");
        var published = await ConformanceScripts.RunAsync(ses.Server, "sesv2_getemailidentity.js", "published.test");

        Assert.True(beforeCheck.GetProperty("ok").GetBoolean(), beforeCheck.ToString());
        Assert.False(beforeCheck.TryGetProperty("VerificationInfo", out _));
        Assert.True(missing.GetProperty("ok").GetBoolean(), missing.ToString());
        var missingInfo = missing.GetProperty("VerificationInfo");
        Assert.Equal("HOST_NOT_FOUND", missingInfo.GetProperty("ErrorType").GetString());
        Assert.InRange(Date(missingInfo, "LastCheckedTimestamp"), before, DateTimeOffset.UtcNow.AddSeconds(1));
        Assert.False(missingInfo.TryGetProperty("LastSuccessTimestamp", out _));
        Assert.Equal("PENDING", missing.GetProperty("VerificationStatus").GetString());
        var publishedInfo = published.GetProperty("VerificationInfo");
        Assert.False(publishedInfo.TryGetProperty("ErrorType", out _));
        Assert.Equal(Date(publishedInfo, "LastCheckedTimestamp"), Date(publishedInfo, "LastSuccessTimestamp"));
        Assert.Equal("SUCCESS", published.GetProperty("VerificationStatus").GetString());
    }

    /// <summary>The SDK turns epoch seconds into a JavaScript Date, which JSON.stringify writes as ISO 8601.</summary>
    private static DateTimeOffset Date(JsonElement info, string name) =>
        DateTimeOffset.Parse(info.GetProperty(name).GetString()!, System.Globalization.CultureInfo.InvariantCulture);

    private static string Result(SesConsole.Tests.Support.Ses.SesReply reply, string action) =>
        reply.Result(action).Element(Ns + "VerificationToken")!.Value;
}
