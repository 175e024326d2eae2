using System.Diagnostics;
using Bunit;
using MudBlazor;
using SesConsole.Core.Identities;
using SesConsole.Core.Operators;
using SesConsole.Core.Policies;
using SesConsole.Tests.Integration.Core.Identities.Support;
using SesConsole.Tests.Support;
using SesConsole.Tests.Support.Hosting;
using SesConsole.Tests.Support.Web;
using SesConsole.Web.Components.Pages.Identities;
using SesConsole.Web.Components.Pages.Identities.MailFrom;
using SesConsole.Web.Components.Pages.Identities.Policies;

namespace SesConsole.Tests.Integration.Web.Dialogs;

/// <summary>
/// Every dialog that changes something at SES, rendered over our real Core and a LocalSes that holds each answer
/// for two minutes (a hung SES): Cancel stays enabled while the call runs, cancels the call's token at once, the
/// dialog says the change may or may not have been made, and the audit row says Cancelled.
/// </summary>
[Trait("Category", "Integration")]
public sealed class DialogCancelTests : WebTestContext, IAsyncLifetime
{
    private const string Region = LocalSesEndpoint.Region;
    private static readonly TimeSpan Hung = TimeSpan.FromMinutes(2);
    private LocalSesEndpoint _ses = null!;
    private CoreServices _core = null!;

    public new async Task InitializeAsync()
    {
        _ses = await LocalSesEndpoint.StartAsync();
        _core = CoreServices.For(_ses);
        var session = _core.NewSession();
        Services.ReplaceWithInstance(session.Reads).ReplaceWithInstance(session.Changes).ReplaceWithInstance(session.Policies)
            .ReplaceWithInstance(_core.NewScoped<IPolicyRules>());
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await _core.DisposeAsync();
        await _ses.DisposeAsync();
        await base.DisposeAsync();
    }

    [Fact]
    public async Task CancelWhileVerifyingAnEmailCancelsTheCallAndTheAuditSaysCancelled()
    {
        var provider = RenderProviders();
        _ = provider.InvokeAsync(() => IdentityDialogs.VerifyEmailAsync(Dialogs, Region));
        provider.WaitForAssertion(() => Assert.NotNull(provider.Find("input[type=email]")), Patience);
        provider.Find("input[type=email]").Input("Hung.User@Example.COM");

        await CancelWhileSesHoldsAsync(provider, "button[data-testid=submit]", "VerifyEmailIdentity", AuditActions.VerifyEmail);
    }

    [Fact]
    public async Task CancelWhileVerifyingADomainCancelsTheCallAndTheAuditSaysCancelled()
    {
        var provider = RenderProviders();
        _ = provider.InvokeAsync(() => IdentityDialogs.VerifyDomainAsync(Dialogs, Region));
        provider.WaitForAssertion(() => Assert.NotNull(provider.Find(".mud-dialog input[type=text]")), Patience);
        provider.Find(".mud-dialog input[type=text]").Input("hung.example");

        await CancelWhileSesHoldsAsync(provider, "button[data-testid=submit]", "VerifyDomainIdentity", AuditActions.VerifyDomain);
    }

    [Fact]
    public async Task CancelWhileDeletingCancelsTheCallAndTheAuditSaysCancelled()
    {
        await _core.Client.VerifyEmailIdentityAsync("Hung.User@Example.COM", CancellationToken.None);
        var provider = RenderProviders();
        _ = provider.InvokeAsync(() => IdentityDialogs.DeleteAsync(Dialogs, Region, "Hung.User@Example.COM", IdentityKind.EmailAddress));
        provider.WaitForAssertion(() => Assert.NotNull(provider.Find("button[data-testid=confirm-delete]")), Patience);

        // Delete asks SES whether the identity exists first: that read is the call in flight here.
        await CancelWhileSesHoldsAsync(provider, "button[data-testid=confirm-delete]", "GetIdentityVerificationAttributes", AuditActions.Delete);
    }

    [Fact]
    public async Task CancelWhileDeletingAPolicyCancelsTheCallAndTheAuditSaysCancelled()
    {
        await _core.Client.VerifyDomainIdentityAsync("hung.example", CancellationToken.None);
        var provider = RenderProviders();
        var policy = new IdentityPolicy("partner", """{"Version":"2012-10-17","Statement":[]}""");
        _ = provider.InvokeAsync(() => PolicyDialogs.DeleteAsync(Dialogs, Region, "hung.example", policy));
        provider.WaitForAssertion(() => Assert.NotNull(provider.Find("button[data-testid=confirm-delete-policy]")), Patience);

        await CancelWhileSesHoldsAsync(provider, "button[data-testid=confirm-delete-policy]", "DeleteIdentityPolicy", AuditActions.DeletePolicy);
    }

    [Fact]
    public async Task CancelWhileSettingMailFromCancelsTheCallAndTheAuditSaysCancelled()
    {
        await _core.Client.VerifyDomainIdentityAsync("hung.example", CancellationToken.None);
        var provider = RenderProviders();
        _ = provider.InvokeAsync(() => Dialogs.ShowAsync<MailFromDialog>(
            "MAIL FROM", new DialogParameters<MailFromDialog> { { d => d.Region, Region }, { d => d.Identity, "hung.example" } }));
        provider.WaitForAssertion(() => Assert.NotNull(provider.Find("[data-testid=mail-from-input] input, input[data-testid=mail-from-input]")), Patience);
        provider.Find("[data-testid=mail-from-input] input, input[data-testid=mail-from-input]").Input("mail.hung.example");

        await CancelWhileSesHoldsAsync(provider, "button[data-testid=mail-from-save]", "SetIdentityMailFromDomain", AuditActions.SetMailFrom);
    }

    [Fact]
    public async Task CancelWhileSavingAPolicyCancelsTheCallAndTheAuditSaysCancelled()
    {
        await _core.Client.VerifyDomainIdentityAsync("hung.example", CancellationToken.None);
        var provider = RenderProviders();
        _ = provider.InvokeAsync(() => PolicyDialogs.EditAsync(Dialogs, Region, "hung.example", [], null));
        provider.WaitForAssertion(() => Assert.NotNull(provider.Find("input[data-testid=policy-name]")), Patience);
        provider.Find("input[data-testid=policy-name]").Input("partner");
        provider.Find("input[data-testid=principal-input]").Input("111122223333");
        provider.Find("input[data-testid=principal-input]").KeyDown(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "Enter" });
        provider.WaitForAssertion(() => Assert.Single(provider.FindAll("[data-testid=principal-chip]")), Patience);

        // The policy service first asks SES whether the identity can take a policy: that read is the call in flight.
        await CancelWhileSesHoldsAsync(provider, "button[data-testid=save-policy]", "GetIdentityVerificationAttributes", AuditActions.PutPolicy);
    }

    private async Task CancelWhileSesHoldsAsync(IRenderedComponent<MudDialogProvider> provider, string submit, string heldAction, string auditAction)
    {
        _ses.Server.Knobs.AddedLatency = Hung;
        var before = _ses.Count(heldAction);
        provider.Find(submit).Click();
        await WaitUntilAsync(() => _ses.Count(heldAction) > before);
        var cancel = provider.Find("button[data-testid=cancel]");
        Assert.False(cancel.HasAttribute("disabled"));
        var clicked = Stopwatch.StartNew();

        cancel.Click();

        provider.WaitForAssertion(
            () => Assert.Contains(ChangeAttempt.CancelledMessage, provider.Find("[data-testid=failure-alert]").TextContent, StringComparison.Ordinal),
            Patience);
        Assert.InRange(clicked.Elapsed, TimeSpan.Zero, Patience);
        var entry = Assert.Single(_core.Audit.Entries, e => e.Action == auditAction);
        Assert.Equal(AuditOutcome.Cancelled, entry.Outcome);
        Assert.NotEmpty(provider.FindAll(".mud-dialog"));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var waited = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(waited.Elapsed < Patience, "LocalSes never received the call.");
            await Task.Delay(20);
        }
    }
}
