using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SesConsole.Tests.Integration.ScaleOut.Support;

/// <summary>
/// A YARP reverse proxy on a free loopback port in front of app instances, configured by exactly the JSON that
/// docs/deploy.md shows (<see cref="SampleConfiguration"/>, with the instances' addresses put in): session affinity by
/// cookie, so the Blazor circuit's negotiation and WebSocket stay on one instance, and active health checks on
/// <c>/healthz/ready</c>, so a request whose instance went away is served by another.
/// </summary>
internal sealed class AffinityProxy : IAsyncDisposable
{
    /// <summary>The name of the proxy's affinity cookie in <see cref="SampleConfiguration"/>.</summary>
    public const string AffinityCookie = ".SesConsole.Affinity";

    /// <summary>The sample of docs/deploy.md; the destinations' addresses are placeholders the test replaces.</summary>
    public const string SampleConfiguration = """
        {
          "ReverseProxy": {
            "Routes": {
              "sesconsole": {
                "ClusterId": "sesconsole",
                "Match": { "Path": "{**catch-all}" },
                "Transforms": [ { "RequestHeaderOriginalHost": "true" } ]
              }
            },
            "Clusters": {
              "sesconsole": {
                "LoadBalancingPolicy": "RoundRobin",
                "SessionAffinity": {
                  "Enabled": true,
                  "Policy": "HashCookie",
                  "FailurePolicy": "Redistribute",
                  "AffinityKeyName": ".SesConsole.Affinity",
                  "Cookie": { "HttpOnly": true, "SameSite": "Lax" }
                },
                "HealthCheck": {
                  "Active": {
                    "Enabled": true,
                    "Interval": "00:00:02",
                    "Timeout": "00:00:02",
                    "Policy": "ConsecutiveFailures",
                    "Path": "/healthz/ready"
                  }
                },
                "Metadata": { "ConsecutiveFailuresHealthPolicy.Threshold": "1" },
                "Destinations": {
                  "instance-a": { "Address": "http://10.0.0.11:8080/" },
                  "instance-b": { "Address": "http://10.0.0.12:8080/" }
                }
              }
            }
          }
        }
        """;

    private readonly WebApplication _app;

    private AffinityProxy(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<AffinityProxy> StartAsync(Uri instanceA, Uri instanceB)
    {
        var json = SampleConfiguration
            .Replace("http://10.0.0.11:8080/", instanceA.ToString(), StringComparison.Ordinal)
            .Replace("http://10.0.0.12:8080/", instanceB.ToString(), StringComparison.Ordinal);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Configuration.AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Services.AddReverseProxy().LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"));
        var app = builder.Build();
        app.MapReverseProxy();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new AffinityProxy(app, new Uri(address + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
