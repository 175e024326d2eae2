using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SesConsole.Core.DependencyInjection;
using SesConsole.Core.Operators;
using SesConsole.Core.Ses;
using SesConsole.LocalSes;

namespace SesConsole.CircuitBenchmarks;

/// <summary>
/// Fills the LocalSes database the app will host: identities verified through our SES client against a LocalSes
/// started on the same file, and one domain made verified with DKIM, MAIL FROM and two policies for the details page.
/// </summary>
internal static class SeedData
{
    public const string Region = "us-east-1";
    public const string AccessKey = "AKIALOCALSES0000000";
    public const string Secret = "LocalSesFakeSecretKeyNotForAws0000000000";

    /// <summary>The domain whose details page is measured.</summary>
    public const string DetailsDomain = "d00001.bench.example";

    public static async Task SeedAsync(string databasePath, int count)
    {
        await using (var server = await LocalSesServer.StartAsync(new LocalSesOptions
        {
            Url = "http://127.0.0.1:0",
            DatabasePath = databasePath,
            Credentials = [new LocalSesCredential { AccessKeyId = AccessKey, SecretAccessKey = Secret }],
            DnsCheckInterval = TimeSpan.Zero,
        }, CancellationToken.None))
        {
            await using var services = BuildServices(server.BaseAddress);
            var client = services.GetRequiredService<ISesClientFactory>().ForRegion(Region);
            await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 4 },
                async (i, ct) =>
                {
                    if (i % 2 == 0)
                    {
                        await client.VerifyEmailIdentityAsync(string.Create(CultureInfo.InvariantCulture, $"sender{i:D5}@bench{i % 7}.example.com"), ct);
                    }
                    else
                    {
                        await client.VerifyDomainIdentityAsync(string.Create(CultureInfo.InvariantCulture, $"d{i:D5}.bench.example"), ct);
                    }
                });

            await client.VerifyDomainDkimAsync(DetailsDomain, CancellationToken.None);
            await client.SetIdentityMailFromDomainAsync(DetailsDomain, "mail." + DetailsDomain, "UseDefaultValue", CancellationToken.None);
        }

        // LocalSes verifies a domain when its TXT record is published; the benchmark has no DNS, so it marks the one
        // domain verified in the file (SES attaches policies only to verified identities).
        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = false }.ToString()))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE identities SET status = 'Success' WHERE region = $region AND name = $name";
            command.Parameters.AddWithValue("$region", Region);
            command.Parameters.AddWithValue("$name", DetailsDomain);
            if (command.ExecuteNonQuery() != 1)
            {
                throw new InvalidOperationException($"{DetailsDomain} was not seeded.");
            }
        }

        await using (var server = await LocalSesServer.StartAsync(new LocalSesOptions
        {
            Url = "http://127.0.0.1:0",
            DatabasePath = databasePath,
            Credentials = [new LocalSesCredential { AccessKeyId = AccessKey, SecretAccessKey = Secret }],
            DnsCheckInterval = TimeSpan.Zero,
        }, CancellationToken.None))
        {
            await using var services = BuildServices(server.BaseAddress);
            var client = services.GetRequiredService<ISesClientFactory>().ForRegion(Region);
            foreach (var name in new[] { "AllowMarketing", "AllowBilling" })
            {
                await client.PutIdentityPolicyAsync(DetailsDomain, name, PolicyFor(name), CancellationToken.None);
            }
        }
    }

    private static string PolicyFor(string sid) =>
        $$"""
        {"Version":"2012-10-17","Statement":[{"Sid":"{{sid}}","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::210987654321:root"},"Action":["ses:SendEmail","ses:SendRawEmail"],"Resource":"arn:aws:ses:{{Region}}:123456789012:identity/{{DetailsDomain}}"}]}
        """;

    private static ServiceProvider BuildServices(Uri localSes)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Ses:Mode"] = "Local",
            ["Ses:Regions:0"] = Region,
            ["Ses:ServiceUrl"] = localSes.ToString(),
            ["Ses:AccessKeyId"] = AccessKey,
            ["Ses:SecretAccessKey"] = Secret,
            ["Ses:RequestsPerSecondPerOperation"] = "1000",
        }).Build();
        return new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<SeedingOperator>()
            .AddScoped<ICurrentOperator>(sp => sp.GetRequiredService<SeedingOperator>())
            .AddSingleton<IAuditTrail>(sp => sp.GetRequiredService<SeedingOperator>())
            .AddSesConsoleCore(configuration)
            .BuildServiceProvider();
    }

    /// <summary>Seeding goes through the SES client, not the identity service, so nothing is audited.</summary>
    private sealed class SeedingOperator : ICurrentOperator, IAuditTrail
    {
        public ValueTask<OperatorInfo?> GetAsync(CancellationToken cancellationToken) =>
            ValueTask.FromResult<OperatorInfo?>(new OperatorInfo("seeding", "seeding", CanMutate: false));

        public Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("Seeding does not go through the identity service.");
    }
}
