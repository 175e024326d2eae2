using System.Globalization;
using SesConsole.Core.Ses;

namespace SesConsole.Tests.Integration.Core.Identities.Support;

/// <summary>
/// Fills LocalSes: <see cref="SeedAsync"/> straight into its store where the wire is not under test, or
/// <see cref="VerifyAsync"/> through our client (parallel verify calls, paced at the options' maximum) where it is.
/// </summary>
internal static class Seeding
{
    public static IReadOnlyList<string> Emails(int count, string prefix = "sender") =>
        Enumerable.Range(0, count).Select(i => string.Create(CultureInfo.InvariantCulture, $"{prefix}{i:D5}@seed.example.com")).ToArray();

    public static IReadOnlyList<string> Domains(int count, string prefix = "d") =>
        Enumerable.Range(0, count).Select(i => string.Create(CultureInfo.InvariantCulture, $"{prefix}{i:D5}.seed.example")).ToArray();

    /// <summary>Puts the identities into LocalSes's store in one transaction, Pending as if verified just now; no SES call.</summary>
    public static Task SeedAsync(LocalSesEndpoint ses, IEnumerable<string> identities) =>
        ses.Server.SeedIdentitiesAsync(LocalSesEndpoint.Region, identities, CancellationToken.None);

    public static Task VerifyAsync(ISesClient client, IEnumerable<string> identities) =>
        Parallel.ForEachAsync(identities, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (identity, ct) =>
        {
            if (identity.Contains('@', StringComparison.Ordinal))
            {
                await client.VerifyEmailIdentityAsync(identity, ct);
            }
            else
            {
                await client.VerifyDomainIdentityAsync(identity, ct);
            }
        });

    /// <summary>Every identity ListIdentities returns, following NextToken to the end.</summary>
    public static async Task<IReadOnlyList<string>> ListAllAsync(
        ISesClient client, SesIdentityType? type = null, int maxItems = 1000, CancellationToken ct = default)
    {
        var names = new List<string>();
        string? token = null;
        do
        {
            var page = await client.ListIdentitiesAsync(new ListIdentitiesRequest(type, maxItems, token), ct);
            names.AddRange(page.Identities);
            token = page.NextToken;
        }
        while (token is not null);

        return names;
    }
}
