using Microsoft.Extensions.DependencyInjection;
using SesConsole.Core.Identities;
using SesConsole.Tests.Support.Hosting;
using SesConsole.Tests.Support.Web;
using SesConsole.Web.Local;

namespace SesConsole.Tests.Browser.Web.Screenshots;

/// <summary>
/// The real app on Kestrel (loopback, free port), signing in through the local Entra-shaped provider, with the fake
/// identity service and a fake local mailbox.
/// </summary>
public sealed class ScreenshotAppFactory(IReadOnlyDictionary<string, string?> signInSettings) : SesConsoleAppFactory(new SesConsoleAppOptions
{
    Kestrel = true,
    SignInSettings = signInSettings,
    Regions = ["us-east-1", "eu-west-1", "eu-central-1"],
    LocalSesUrl = new Uri("http://127.0.0.1:0"),
    // The fake identity service answers; nothing may reach an SES endpoint.
    Settings = new Dictionary<string, string?> { ["Ses:ServiceUrl"] = "http://127.0.0.1:9" },
})
{
    /// <summary>The app with <see cref="ScreenshotData"/>'s identities.</summary>
    public static ScreenshotAppFactory WithData(IReadOnlyDictionary<string, string?> signInSettings)
    {
        var app = new ScreenshotAppFactory(signInSettings);
        ScreenshotData.Fill(app.Fake);
        return app;
    }

    private sealed class FixedMailbox(IReadOnlyList<LocalMailMessage> messages) : ILocalMailbox
    {
        public Task<IReadOnlyList<LocalMailMessage>> ListAsync(CancellationToken ct) => Task.FromResult(messages);
    }

    public FakeIdentityService Fake { get; } = new("us-east-1", "eu-west-1", "eu-central-1");

    public FakeAccountStatusService AccountStatus { get; } = new();

    public FakeIdentityNotifications Notifications { get; } = new();

    public FakeTestEmailSender TestEmail { get; } = new();

    protected override void ConfigureServices(IServiceCollection services)
    {
        Fake.ReplaceIn(services);
        services.ReplaceWithInstance<ILocalMailbox>(new FixedMailbox(ScreenshotData.Mails));
        services.ReplaceWithInstance<SesConsole.Core.Account.IAccountStatusService>(AccountStatus);
        services.ReplaceWithInstance<SesConsole.Core.Notifications.IIdentityNotifications>(Notifications);
        services.ReplaceWithInstance<SesConsole.Core.Sending.ITestEmailSender>(TestEmail);
    }
}
