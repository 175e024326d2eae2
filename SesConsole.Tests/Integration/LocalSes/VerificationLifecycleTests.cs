using System.Net;
using Microsoft.Extensions.Time.Testing;
using SesConsole.Tests.Support.LocalSes;
using SesConsole.Tests.Support.Ses;

using static SesConsole.Tests.Support.Ses.SesReply;

namespace SesConsole.Tests.Integration.LocalSes;

/// <summary>Pending to Success through the outbox link, and Failed after SES's 24 h / 72 h windows on a fake clock.</summary>
[Trait("Category", "Integration")]
public sealed class VerificationLifecycleTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);
    private LocalSesHarness _ses = null!;

    public async Task InitializeAsync() => _ses = await LocalSesHarness.StartAsync(fakeTime: _time);

    public async Task DisposeAsync() => await _ses.DisposeAsync();

    [Fact]
    public async Task VerifyEmailWritesAMailWhoseLinkVerifiesTheAddress()
    {
        await _ses.CallAsync("VerifyEmailIdentity", ("EmailAddress", "Alice@example.com"));
        var mail = Assert.Single(await _ses.Server.Outbox.ListAsync(CancellationToken.None));
        var before = await StatusAsync("Alice@example.com");

        using var page = await _ses.Http.GetAsync(mail.ConfirmationLink);
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal("Alice@example.com", mail.To);
        Assert.Contains("Verification", mail.Subject, StringComparison.Ordinal);
        Assert.Contains(mail.ConfirmationLink.AbsoluteUri, mail.Body, StringComparison.Ordinal);
        Assert.Equal(_ses.Server.BaseAddress.Authority, mail.ConfirmationLink.Authority);
        Assert.Equal("/confirm", mail.ConfirmationLink.AbsolutePath);
        Assert.Equal("Pending", before);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("successfully verified", html, StringComparison.Ordinal);
        Assert.Equal("Success", await StatusAsync("Alice@example.com"));
    }

    [Fact]
    public async Task UnknownConfirmationTokenGivesAClearPageAndChangesNothing()
    {
        await _ses.CallAsync("VerifyEmailIdentity", ("EmailAddress", "bob@example.com"));

        using var page = await _ses.Http.GetAsync(new Uri(_ses.Server.BaseAddress, "confirm?token=forged"));
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Contains("not valid", html, StringComparison.Ordinal);
        Assert.Equal("Pending", await StatusAsync("bob@example.com"));
    }

    [Fact]
    public async Task EmailTurnsFailedAfterTwentyFourHoursAndItsLinkExpires()
    {
        await _ses.CallAsync("VerifyEmailIdentity", ("EmailAddress", "late@example.com"));
        var mail = Assert.Single(await _ses.Server.Outbox.ListAsync(CancellationToken.None));

        _time.Advance(TimeSpan.FromHours(23.9));
        var justBefore = await StatusAsync("late@example.com");
        _time.Advance(TimeSpan.FromHours(0.2));
        var after = await StatusAsync("late@example.com");
        using var page = await _ses.Http.GetAsync(mail.ConfirmationLink);

        Assert.Equal("Pending", justBefore);
        Assert.Equal("Failed", after);
        Assert.Equal(HttpStatusCode.Gone, page.StatusCode);
        Assert.Contains("expired", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("Failed", await StatusAsync("late@example.com"));
    }

    [Fact]
    public async Task ReverifyingAFailedEmailSendsANewMailAndMakesItPendingAgain()
    {
        await _ses.CallAsync("VerifyEmailIdentity", ("EmailAddress", "again@example.com"));
        _time.Advance(TimeSpan.FromHours(25));
        await _ses.Server.CheckDomainsNowAsync(CancellationToken.None);
        var failed = await StatusAsync("again@example.com");

        await _ses.CallAsync("VerifyEmailIdentity", ("EmailAddress", "again@example.com"));
        var mails = await _ses.Server.Outbox.ListAsync(CancellationToken.None);
        var pending = await StatusAsync("again@example.com");
        using var oldLink = await _ses.Http.GetAsync(mails[1].ConfirmationLink);
        using var newLink = await _ses.Http.GetAsync(mails[0].ConfirmationLink);

        Assert.Equal("Failed", failed);
        Assert.Equal(2, mails.Count);
        Assert.True(mails[0].SentAt > mails[1].SentAt);
        Assert.Equal("Pending", pending);
        Assert.Equal(HttpStatusCode.NotFound, oldLink.StatusCode);
        Assert.Equal(HttpStatusCode.OK, newLink.StatusCode);
        Assert.Equal("Success", await StatusAsync("again@example.com"));
    }

    [Fact]
    public async Task DomainTurnsFailedAfterSeventyTwoHoursWithoutDnsRecords()
    {
        await _ses.CallAsync("VerifyDomainIdentity", ("Domain", "nodns.example"));

        _time.Advance(TimeSpan.FromHours(71.9));
        var justBefore = await StatusAsync("nodns.example");
        _time.Advance(TimeSpan.FromHours(0.2));
        await _ses.Server.CheckDomainsNowAsync(CancellationToken.None);
        var after = await StatusAsync("nodns.example");

        Assert.Equal("Pending", justBefore);
        Assert.Equal("Failed", after);
    }

    private async Task<string?> StatusAsync(string identity)
    {
        var result = (await _ses.CallAsync("GetIdentityVerificationAttributes", LocalSesHarness.Identities(identity))).Result("GetIdentityVerificationAttributes");
        return Entries(result.Element(Ns + "VerificationAttributes")).GetValueOrDefault(identity)?.Element(Ns + "VerificationStatus")?.Value;
    }
}
