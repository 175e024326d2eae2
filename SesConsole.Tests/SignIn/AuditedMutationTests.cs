using Microsoft.Extensions.DependencyInjection;
using SesConsole.Core.Identities;
using SesConsole.Core.Operators;
using SesConsole.LocalSes.Knobs;
using SesConsole.Tests.SignIn.Support;
using SesConsole.Tests.Support;
using SesConsole.Web.Audit;
using SesConsole.Web.Local;

namespace SesConsole.Tests.SignIn;

/// <summary>
/// Mutations through the real identity service on the embedded LocalSes, as the person of a real sign-in; each
/// attempt lands in the SQLite audit trail with that person's object id and user name.
/// </summary>
public sealed class AuditedMutationTests(AuthAppFixture fixture) : IClassFixture<AuthAppFixture>
{
    private const string Region = AuthAppFactory.Region;
    private const string AdminObjectId = "a0000000-0000-4000-8000-000000000001";
    private const string ViewerObjectId = "a0000000-0000-4000-8000-000000000002";

    private static readonly string[] EveryAction =
    [
        AuditActions.VerifyDomain, AuditActions.SetUpDkim, AuditActions.SetMailFrom, AuditActions.VerifyEmail,
        AuditActions.PutPolicy, AuditActions.DeletePolicy, AuditActions.Delete, AuditActions.Delete,
    ];

    private static string PolicyFor(string identity) =>
        $$"""
        {"Version":"2012-10-17","Statement":[{"Sid":"AllowPartner","Effect":"Allow",
        "Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Action":["ses:SendEmail"],
        "Resource":"arn:aws:ses:{{Region}}:123456789012:identity/{{identity}}"}]}
        """;

    /// <summary>
    /// Every kind of mutation once, on <paramref name="domain"/> and an address in it (policies need a verified
    /// identity, so the address is confirmed through LocalSes's mail when <paramref name="confirm"/> is given).
    /// </summary>
    private static async Task<List<Failure?>> MutateEverythingAsync(
        IdentitySession service, string domain, Func<string, Task>? confirm = null)
    {
        var email = $"ops@{domain}";
        var failures = new List<Failure?>
        {
            (await service.Changes.VerifyDomainAsync(Region, domain, includeDkim: false, CancellationToken.None)).Failure,
            (await service.Changes.SetUpDkimAsync(Region, domain, CancellationToken.None)).Failure,
            (await service.Changes.SetMailFromDomainAsync(Region, domain, $"mail.{domain}", rejectOnMxFailure: false, CancellationToken.None)).Failure,
            (await service.Changes.VerifyEmailAsync(Region, email, CancellationToken.None)).Failure,
        };
        if (confirm is not null)
        {
            await confirm(email);
        }

        failures.Add((await service.Policies.PutPolicyAsync(Region, email, "AllowPartner", PolicyFor(email), CancellationToken.None)).Failure);
        failures.Add((await service.Policies.DeletePolicyAsync(Region, email, "AllowPartner", CancellationToken.None)).Failure);
        failures.Add((await service.Changes.DeleteAsync(Region, domain, CancellationToken.None)).Failure);
        failures.Add((await service.Changes.DeleteAsync(Region, email, CancellationToken.None)).Failure);
        return failures;
    }

    /// <summary>Follows the confirmation link LocalSes "mailed" to the address, as its owner would.</summary>
    private async Task ConfirmAsync(string email)
    {
        var mails = await fixture.App.Services.GetRequiredService<ILocalMailbox>().ListAsync(CancellationToken.None);
        var mail = Assert.Single(mails, m => m.To == email);
        using var http = new HttpClient();
        using var response = await http.GetAsync(new Uri(mail.ConfirmationLink));
        response.EnsureSuccessStatusCode();
    }

    private async Task<IReadOnlyList<AuditRecord>> AuditOfAsync(string identityPart)
    {
        var page = await fixture.App.Services.GetRequiredService<IAuditQuery>()
            .FindAsync(new AuditFilter(Identity: identityPart, PageSize: 100), CancellationToken.None);
        return page.Items.OrderBy(r => r.Id).ToList();
    }

    [Fact]
    public async Task EveryAdminMutationIsRecordedAsSucceededWithTheAdminsObjectIdNameAndRequestId()
    {
        await using var admin = await fixture.SignInServiceAsync("admin");
        var service = admin.Service;

        var failures = await MutateEverythingAsync(service, "admin-audit.example", ConfirmAsync);

        Assert.All(failures, Assert.Null);
        var records = await AuditOfAsync("admin-audit.example");
        Assert.Equal(EveryAction, records.Select(r => r.Action));
        Assert.All(records, record =>
        {
            Assert.Equal(nameof(AuditOutcome.Succeeded), record.Outcome);
            Assert.Equal(AdminObjectId, record.OperatorObjectId);
            Assert.Equal("dev.admin@sesconsole.local", record.OperatorName);
            Assert.Equal(Region, record.Region);
            Assert.False(string.IsNullOrEmpty(record.SesRequestId));
        });
        Assert.Equal("ops@admin-audit.example", records.Single(r => r.Action == AuditActions.PutPolicy).Identity);
    }

    [Fact]
    public async Task EveryViewerMutationIsRefusedRecordedAndNeverReachesSes()
    {
        await using var viewer = await fixture.SignInServiceAsync("viewer");
        var service = viewer.Service;

        var failures = await MutateEverythingAsync(service, "viewer-audit.example");

        Assert.All(failures, failure => Assert.Equal(FailureKind.AccessDenied, failure?.Kind));
        var records = await AuditOfAsync("viewer-audit.example");
        Assert.Equal(EveryAction, records.Select(r => r.Action));
        Assert.All(records, record =>
        {
            Assert.Equal(nameof(AuditOutcome.Refused), record.Outcome);
            Assert.Equal(ViewerObjectId, record.OperatorObjectId);
            Assert.Equal("dev.viewer@sesconsole.local", record.OperatorName);
            Assert.Null(record.SesRequestId);
        });
        var listed = await service.Reads.ListAsync(Region, new IdentityQuery(Search: "viewer-audit.example"), CancellationToken.None);
        Assert.True(listed.Succeeded);
        Assert.Empty(listed.Value.Items);
    }

    [Fact]
    public async Task AnAdminsInvalidInputIsRecordedAsRefusedWithTheReason()
    {
        await using var admin = await fixture.SignInServiceAsync("admin");
        var service = admin.Service;

        var outcome = await service.Changes.VerifyDomainAsync(Region, "bad_name.invalid-audit", includeDkim: false, CancellationToken.None);

        Assert.Equal(FailureKind.InvalidInput, outcome.Failure?.Kind);
        var record = Assert.Single(await AuditOfAsync("bad_name.invalid-audit"));
        Assert.Equal(nameof(AuditOutcome.Refused), record.Outcome);
        Assert.Equal("dev.admin@sesconsole.local", record.OperatorName);
        Assert.Equal(outcome.Failure!.Message, record.Detail);
    }

    [Fact]
    public async Task AnAdminsMutationThatFailsAtSesIsRecordedAsFailedWithSesRequestId()
    {
        await using var admin = await fixture.SignInServiceAsync("admin");
        var service = admin.Service;
        var knobs = fixture.App.Services.GetRequiredService<EmbeddedLocalSes>().Server.Knobs;
        knobs.SetFaultRate(1, LocalSesFault.InternalFailure);
        Outcome<DomainVerificationStarted> outcome;
        try
        {
            outcome = await service.Changes.VerifyDomainAsync(Region, "failing-audit.example", includeDkim: false, CancellationToken.None);
        }
        finally
        {
            knobs.ClearFaults();
        }

        Assert.Equal(FailureKind.Unavailable, outcome.Failure?.Kind);
        var record = Assert.Single(await AuditOfAsync("failing-audit.example"));
        Assert.Equal(nameof(AuditOutcome.Failed), record.Outcome);
        Assert.Equal(AdminObjectId, record.OperatorObjectId);
        Assert.False(string.IsNullOrEmpty(record.SesRequestId));
        Assert.Equal(outcome.Failure!.RequestId, record.SesRequestId);
    }

    [Fact]
    public async Task DetailsTellWhenThisConsoleLastStartedVerificationFromTheAuditTrail()
    {
        await using var admin = await fixture.SignInServiceAsync("admin");
        var service = admin.Service;
        Assert.True((await service.Changes.VerifyDomainAsync(Region, "started-audit.example", includeDkim: false, CancellationToken.None)).Succeeded);
        Assert.True((await service.Changes.VerifyDomainAsync(Region, "started-audit.example", includeDkim: false, CancellationToken.None)).Succeeded);

        var details = await service.Reads.GetDetailsAsync(Region, "started-audit.example", CancellationToken.None);

        Assert.True(details.Succeeded);
        var starts = (await AuditOfAsync("started-audit.example")).Where(r => r.Action == AuditActions.VerifyDomain).ToList();
        Assert.Equal(2, starts.Count);
        Assert.Equal(starts.Max(r => r.At), details.Value.VerificationStartedAt);
    }

    [Fact]
    public async Task DetailsOfAnIdentityVerifiedOutsideThisConsoleHaveNoStartTime()
    {
        await using var admin = await fixture.SignInServiceAsync("admin");
        var service = admin.Service;
        await LocalSesCalls.CallAsync(fixture.App.LocalSesUrl, ("Action", "VerifyDomainIdentity"), ("Domain", "elsewhere-audit.example"));

        var details = await service.Reads.GetDetailsAsync(Region, "elsewhere-audit.example", CancellationToken.None);

        Assert.True(details.Succeeded);
        Assert.Equal(VerificationStatus.Pending, details.Value.Status);
        Assert.Null(details.Value.VerificationStartedAt);
    }

    [Fact]
    public async Task TheAuditTrailHoldsNoTokenOrSecret()
    {
        await using var admin = await fixture.SignInServiceAsync("admin");
        var service = admin.Service;
        var started = await service.Changes.VerifyDomainAsync(Region, "secretless-audit.example", includeDkim: true, CancellationToken.None);
        Assert.True(started.Succeeded);

        var records = await AuditOfAsync("secretless-audit.example");

        var stored = string.Join('\n', records.Select(r => string.Join('|', r.Identity, r.Detail, r.OperatorName, r.SesRequestId)));
        Assert.DoesNotContain(started.Value.VerificationToken, stored, StringComparison.Ordinal);
        Assert.DoesNotContain(AuthAppFactory.SecretAccessKey, stored, StringComparison.Ordinal);
        Assert.DoesNotContain(admin.Client.AuthCookie()!, stored, StringComparison.Ordinal);
    }
}
