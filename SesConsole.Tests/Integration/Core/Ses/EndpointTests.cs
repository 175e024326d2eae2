using Amazon.Runtime.Endpoints;
using SesConsole.Core.Configuration;
using SesConsole.Core.Ses;
using SesConsole.Core.Ses.Pacing;
using SesConsole.Core.Ses.Transport;
using SesConsole.Tests.Integration.Core.Ses.Support;
using SesConsole.Tests.Support.Ses;

namespace SesConsole.Tests.Integration.Core.Ses;

[Trait("Category", "Integration")]
public sealed class EndpointTests
{
    private static readonly SesRequestPacer Pacer = new(1, TimeProvider.System);

    private static SesServiceClient Build(string region, string? serviceUrl = null, string? profile = null, bool fips = false)
    {
        var options = new SesOptions
        {
            Regions = [region],
            ServiceUrl = serviceUrl,
            Profile = profile,
            AccessKeyId = SigV4Check.AccessKeyId,
            SecretAccessKey = SigV4Check.SecretAccessKey,
        };
        var client = SesServiceClientBuilder.Create(region, options, new SesClientOptions(), Pacer);
        ((SesServiceConfig)client.Config).UseFIPSEndpoint = fips;
        return client;
    }

    private static string ResolvedUrl(SesServiceClient client) =>
        client.Config.DetermineServiceOperationEndpoint(new ServiceOperationEndpointParameters(
            new SesQueryRequest(new SesConsole.Core.Ses.Operations.SesQuery("ListIdentities", [])))).URL;

    [Fact]
    public void ServiceUrlSetupKeepsTheCustomEndpointAndSignsForTheChosenRegion()
    {
        using var client = Build("ap-southeast-2", serviceUrl: "http://127.0.0.1:5999/");

        Assert.Equal("http://127.0.0.1:5999/", client.Config.ServiceURL);
        Assert.Null(client.Config.RegionEndpoint);
        Assert.Equal("ap-southeast-2", client.Config.AuthenticationRegion);
        Assert.Equal("http://127.0.0.1:5999/", ResolvedUrl(client));
    }

    [Theory]
    [InlineData("eu-west-1", false, "https://email.eu-west-1.amazonaws.com/")]
    [InlineData("us-east-1", true, "https://email-fips.us-east-1.amazonaws.com/")]
    [InlineData("cn-north-1", false, "https://email.cn-north-1.amazonaws.com.cn/")]
    public void WithoutServiceUrlTheRegionalSesEndpointIsUsed(string region, bool fips, string expected)
    {
        using var client = Build(region, fips: fips);

        Assert.Null(client.Config.ServiceURL);
        Assert.Equal(region, client.Config.RegionEndpoint?.SystemName);
        Assert.Equal(expected, ResolvedUrl(client));
    }

    [Fact]
    public void ProfileOptionSelectsThatSharedConfigProfile()
    {
        var options = new SesOptions { Regions = ["eu-west-1"], Profile = "ses-operators" };

        using var client = SesServiceClientBuilder.Create("eu-west-1", options, new SesClientOptions(), Pacer);

        Assert.Equal("ses-operators", client.Config.Profile?.Name);
    }

    [Fact]
    public void AccessKeyWithoutSecretIsRefusedWithAClearMessage()
    {
        var options = new SesOptions { Regions = ["eu-west-1"], AccessKeyId = SigV4Check.AccessKeyId };

        var error = Assert.Throws<InvalidOperationException>(() =>
            SesServiceClientBuilder.Create("eu-west-1", options, new SesClientOptions(), Pacer));

        Assert.Contains("Ses:SecretAccessKey", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RequestsWithAServiceUrlReachTheListenerNotAws()
    {
        await using var ses = await LoopbackSes.StartAsync(request => SesReply.Success(request.Action, "<Identities/>", "local"));
        using var factory = SesClientHarness.CreateFactory(ses.Url);

        var result = await factory.ForRegion("us-west-2").ListIdentitiesAsync(new ListIdentitiesRequest(), CancellationToken.None);

        Assert.Equal("local", result.RequestId);
        var request = Assert.Single(ses.Requests);
        Assert.Equal(new Uri(ses.Url).Authority, request.Header("Host"));
        SigV4Check.AssertSignedForSes(request, "us-west-2");
    }
}
