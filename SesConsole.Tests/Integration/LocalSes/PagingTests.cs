using SesConsole.Tests.Support.LocalSes;
using SesConsole.Tests.Support.Ses;

using static SesConsole.Tests.Support.Ses.SesReply;

namespace SesConsole.Tests.Integration.LocalSes;

/// <summary>ListIdentities pages with MaxItems and NextToken across thousands of identities.</summary>
[Trait("Category", "Integration")]
public sealed class PagingTests : IAsyncLifetime
{
    private const int Domains = 2000;
    private const int Emails = 500;
    private LocalSesHarness _ses = null!;

    public async Task InitializeAsync()
    {
        _ses = await LocalSesHarness.StartAsync();
        // Straight into the store: the listing's wire is under test here, not VerifyDomainIdentity's.
        var names = Enumerable.Range(0, Domains + Emails).Select(i => i < Domains ? $"d{i:D4}.example" : $"user{i:D4}@example.com");
        Assert.Equal(Domains + Emails, await _ses.Server.SeedIdentitiesAsync(LocalSesHarness.Region, names, CancellationToken.None));
    }

    public async Task DisposeAsync() => await _ses.DisposeAsync();

    [Fact]
    public async Task PagingWithMaxItemsReturnsEveryIdentityOnceInOrder()
    {
        var (names, pages) = await ListAllAsync(null, 300);

        Assert.Equal(Domains + Emails, names.Count);
        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
        Assert.Equal(9, pages);
    }

    [Fact]
    public async Task PagingWithoutMaxItemsReturnsThousandPerPage()
    {
        var first = (await _ses.CallAsync("ListIdentities")).Result("ListIdentities");

        Assert.Equal(1000, Members(first.Element(Ns + "Identities")).Count);
        Assert.NotNull(first.Element(Ns + "NextToken"));
    }

    [Fact]
    public async Task IdentityTypeFiltersEveryPage()
    {
        var (emails, _) = await ListAllAsync("EmailAddress", 200);
        var (domains, _) = await ListAllAsync("Domain", 1000);

        Assert.Equal(Emails, emails.Count);
        Assert.All(emails, e => Assert.Contains('@', e));
        Assert.Equal(Domains, domains.Count);
    }

    [Fact]
    public async Task PagesStayStableWhileIdentitiesAreAdded()
    {
        var first = (await _ses.CallAsync("ListIdentities", ("MaxItems", "1000"))).Result("ListIdentities");
        var seen = Members(first.Element(Ns + "Identities")).ToList();
        await _ses.CallAsync("VerifyDomainIdentity", ("Domain", "a-first.example"));
        await _ses.CallAsync("VerifyDomainIdentity", ("Domain", "zz-last.example"));

        var token = first.Element(Ns + "NextToken")!.Value;
        while (token is not null)
        {
            var page = (await _ses.CallAsync("ListIdentities", ("MaxItems", "1000"), ("NextToken", token))).Result("ListIdentities");
            seen.AddRange(Members(page.Element(Ns + "Identities")));
            token = page.Element(Ns + "NextToken")?.Value;
        }

        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.DoesNotContain("a-first.example", seen);
        Assert.Contains("zz-last.example", seen);
        Assert.Equal(Domains + Emails + 1, seen.Count);
    }

    private async Task<(List<string> Names, int Pages)> ListAllAsync(string? type, int maxItems)
    {
        var names = new List<string>();
        string? token = null;
        var pages = 0;
        do
        {
            var parameters = new List<(string, string)> { ("MaxItems", maxItems.ToString(System.Globalization.CultureInfo.InvariantCulture)) };
            if (type is not null)
            {
                parameters.Add(("IdentityType", type));
            }

            if (token is not null)
            {
                parameters.Add(("NextToken", token));
            }

            var result = (await _ses.CallAsync("ListIdentities", [.. parameters])).Result("ListIdentities");
            var page = Members(result.Element(Ns + "Identities"));
            Assert.True(page.Count <= maxItems);
            names.AddRange(page);
            token = result.Element(Ns + "NextToken")?.Value;
            pages++;
        }
        while (token is not null);

        return (names, pages);
    }
}
