using Bunit;
using Bunit.TestDoubles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;
using MudBlazor.Services;
using SesConsole.Core.Configuration;
using SesConsole.Core.Dns;
using SesConsole.Core.Identities;
using SesConsole.Web.Interop;
using SesConsole.Web.Security;
using SesConsole.Web.Sharing;
using SesConsole.Web.State;

namespace SesConsole.Tests.Support.Web;

/// <summary>Loose JS interop, MudBlazor without transitions, the fake identity service and a fake clock.</summary>
public abstract class WebTestContext : BunitContext, IAsyncLifetime
{
    /// <summary>How long a component test waits for an asynchronous render before it fails.</summary>
    protected static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    protected WebTestContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices(options =>
        {
            options.SnackbarConfiguration.ShowTransitionDuration = 0;
            options.SnackbarConfiguration.HideTransitionDuration = 0;
        });
        Fake.ReplaceIn(Services);
        Services.AddSingleton<TimeProvider>(Time);
        Services.AddSingleton(Microsoft.Extensions.Options.Options.Create(SesOptions));
        Services.AddScoped<RegionState>();
        Services.AddScoped<IClipboard, BrowserClipboard>();
        Services.AddScoped<IFileDownloader, BrowserFileDownloader>();
        Services.AddSingleton<IDnsRecordChecker>(DnsChecker);
        Services.AddSingleton<IShareLinkService>(ShareLinks);
        ComponentState = AddBunitPersistentComponentState();
        Services.AddSingleton<SesConsole.Core.Account.IAccountStatusService>(AccountStatus);
        Services.AddSingleton<SesConsole.Core.Notifications.IIdentityNotifications>(Notifications);
        Services.AddSingleton<SesConsole.Core.Sending.ITestEmailSender>(TestEmail);
        Authorization = AddAuthorization();
        Authorization.SetAuthorized("dev.admin@sesconsole.local");
        Authorization.SetRoles(AppRoles.Admin);
    }

    /// <summary>What a prerender carried into the circuit (none unless a test persists some).</summary>
    protected BunitPersistentComponentState ComponentState { get; }

    /// <summary>Signed in as an Admin unless a test says otherwise (for example <c>SignInAsViewer()</c>).</summary>
    protected BunitAuthorizationContext Authorization { get; }

    protected void SignInAsViewer()
    {
        Authorization.SetAuthorized("dev.viewer@sesconsole.local");
        Authorization.SetRoles(AppRoles.Viewer);
    }

    protected FakeDnsRecordChecker DnsChecker { get; } = new();

    protected FakeShareLinkService ShareLinks { get; } = new();

    protected FakeAccountStatusService AccountStatus { get; } = new();

    protected FakeIdentityNotifications Notifications { get; } = new();

    protected FakeTestEmailSender TestEmail { get; } = new();

    protected FakeIdentityService Fake { get; } = new("us-east-1", "eu-west-1");

    protected FakeTimeProvider Time { get; } = new();

    protected SesOptions SesOptions { get; } = new() { Mode = SesMode.Aws, Regions = ["us-east-1", "eu-west-1"] };

    protected ISnackbar Snackbar => Services.GetRequiredService<ISnackbar>();

    protected IDialogService Dialogs => Services.GetRequiredService<IDialogService>();

    protected IEnumerable<string> SnackbarMessages => Snackbar.ShownSnackbars.Select(s => s.Message ?? string.Empty);

    /// <summary>Renders the popover, snackbar and dialog providers; dialogs appear in the returned provider.</summary>
    /// <remarks>From here on components render as in a live circuit (setting it locks the services, as rendering does).</remarks>
    protected IRenderedComponent<MudDialogProvider> RenderProviders()
    {
        SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
        Render<MudPopoverProvider>();
        Render<MudSnackbarProvider>();
        return Render<MudDialogProvider>();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    // MudBlazor registers services that can only be disposed asynchronously.
    Task IAsyncLifetime.DisposeAsync() => base.DisposeAsync().AsTask();

    /// <summary>Texts the page passed to the clipboard module, in order.</summary>
    protected IReadOnlyList<string?> CopiedTexts() =>
        JSInterop.Invocations.Where(i => i.Identifier == "copyText").Select(i => i.Arguments[0] as string).ToList();
}
