using System.Net;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SesConsole.Tests.Support.Data;
using SesConsole.Tests.Support.SignIn;
using SesConsole.Web.Audit;
using SesConsole.Web.Data;
using SesConsole.Web.Sharing;

namespace SesConsole.Tests.Integration.ScaleOut;

/// <summary>
/// Two instances of the app (two hosts, each with its own services and key ring cache) on one real PostgreSQL
/// database, as behind a load balancer: what one makes, the other reads.
/// </summary>
[Trait("Category", "Integration")]
public sealed class TwoInstancesOnPostgresTests : IAsyncLifetime
{
    private PostgresTestDatabase _database = null!;
    private ProductionAppFactory _a = null!;
    private ProductionAppFactory _b = null!;

    public async Task InitializeAsync()
    {
        _database = await PostgresTestDatabase.CreateAsync();
        _a = Instance(_database.ConnectionString);
        Assert.Null(_a.StartFailure());
        _b = Instance(_database.ConnectionString);
        Assert.Null(_b.StartFailure());
    }

    public async Task DisposeAsync()
    {
        await _a.DisposeAsync();
        await _b.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task BothInstancesUseOneMigratedPostgresDatabase()
    {
        await using var db = await _b.Services.GetRequiredService<IDbContextFactory<SesConsoleDbContext>>().CreateDbContextAsync();

        Assert.IsType<PostgresSesConsoleDbContext>(db);
        Assert.Equal("Npgsql.EntityFrameworkCore.PostgreSQL", db.Database.ProviderName);
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
    }

    [Fact]
    public void ASignInCookieMadeOnAIsAcceptedByB()
    {
        var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim("name", "Ada"), new Claim("roles", "SesConsole.Admin")], "test"));
        var cookieOnA = CookieFormat(_a).Protect(new AuthenticationTicket(principal, CookieAuthenticationDefaults.AuthenticationScheme));

        var ticketOnB = CookieFormat(_b).Unprotect(cookieOnA);

        Assert.NotNull(ticketOnB);
        Assert.Equal("Ada", ticketOnB.Principal.FindFirst("name")?.Value);
    }

    [Fact]
    public void AShareLinkTokenMadeOnAOpensOnB()
    {
        var linkId = Guid.NewGuid();
        var token = _a.Services.GetRequiredService<ShareLinkTokens>().Create(linkId, DateTimeOffset.UtcNow.AddDays(1));

        Assert.True(_b.Services.GetRequiredService<ShareLinkTokens>().TryRead(token, out var readOnB));
        Assert.Equal(linkId, readOnB);
    }

    [Fact]
    public async Task AnAuditRowWrittenOnBIsListedOnA()
    {
        await using (var onB = await _b.Services.GetRequiredService<IDbContextFactory<SesConsoleDbContext>>().CreateDbContextAsync())
        {
            onB.AuditRecords.Add(new AuditRecord
            {
                At = DateTimeOffset.UtcNow, OperatorObjectId = "oid-b", OperatorName = "Ada on B", Region = "us-east-1",
                Identity = "Mixed.Case@Example.com", Action = "Verify", Outcome = "Succeeded",
            });
            await onB.SaveChangesAsync();
        }

        await using var onA = await _a.Services.GetRequiredService<IDbContextFactory<SesConsoleDbContext>>().CreateDbContextAsync();
        var listed = await onA.AuditRecords.SingleAsync();
        Assert.Equal(("Ada on B", "Mixed.Case@Example.com"), (listed.OperatorName, listed.Identity));
    }

    [Fact]
    public async Task ReadinessSaysTheDatabaseAnswers()
    {
        using var client = _a.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });

        using var ready = await client.GetAsync(ReadinessEndpoint.Path);

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        using var body = JsonDocument.Parse(await ready.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", body.RootElement.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
    }

    [Fact]
    public async Task ReadinessIsUnavailableWhileTheDatabaseIsGoneButLivenessStaysOk()
    {
        await using var detached = Instance(_database.ConnectionString);
        Assert.Null(detached.StartFailure());
        using var client = detached.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
        await _database.DisposeAsync();

        using var ready = await client.GetAsync(ReadinessEndpoint.Path);
        using var live = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        _database = await PostgresTestDatabase.CreateAsync();
    }

    private static ProductionAppFactory Instance(string connectionString) => new(new Dictionary<string, string?>
    {
        [DataServiceCollectionExtensions.ProviderKey] = "Postgres",
        ["ConnectionStrings:SesConsole"] = connectionString,
    });

    private static ISecureDataFormat<AuthenticationTicket> CookieFormat(ProductionAppFactory instance) =>
        instance.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>()
            .Get(CookieAuthenticationDefaults.AuthenticationScheme).TicketDataFormat;
}
