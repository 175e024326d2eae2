using SesConsole.Core.DependencyInjection;
using SesConsole.Web.Audit;
using SesConsole.Web.Data;
using SesConsole.Web.Hosting;
using SesConsole.Web.Index;
using SesConsole.Web.Jobs;
using SesConsole.Web.Local;
using SesConsole.Web.Pacing;
using SesConsole.Web.Security;
using SesConsole.Web.Sharing;

namespace SesConsole.Web;

// A named class rather than top-level statements: LocalSes, which this project hosts, has its own entry point,
// and tests need an unambiguous entry point for WebApplicationFactory<SesConsole.Web.Program>.
public partial class Program
{
    public static int Main(string[] args)
    {
        try
        {
            Run(args);
            return 0;
        }
        catch (Exception ex) when (StartupRefusals.Describe(ex) is { } refusal && RunsAsItsOwnProcess())
        {
            // No logger exists yet (or it is the one that refused): one plain line on stderr is the whole report.
            Console.Error.WriteLine($"SesConsole refused to start: {refusal}");
            return StartupRefusals.ExitCode;
        }
    }

    // Under WebApplicationFactory the test host calls Main and wants the exception itself, with its message.
    private static bool RunsAsItsOwnProcess() => System.Reflection.Assembly.GetEntryAssembly() == typeof(Program).Assembly;

    private static void Run(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Configuration.AddLocalModeSettings(builder.Environment);

        builder.Services.AddSesConsoleSignIn(builder.Configuration, builder.Environment);
        builder.Services.AddSesConsoleData(builder.Configuration, builder.Environment);
        builder.Services.AddSesConsoleDataProtection();
        builder.Services.AddSesConsoleAudit(builder.Configuration, builder.Environment);
        builder.Services.AddSesConsoleIndex();
        builder.Services.AddSesConsoleIndexRelay(builder.Configuration);
        builder.Services.AddSesConsoleSharedPacing(builder.Configuration);
        builder.Services.AddSesConsoleCore(builder.Configuration);
        builder.Services.AddSesConsoleJobs();
        builder.Services.AddLocalModeIfEnabled(builder.Configuration, builder.Environment);
        builder.Services.AddSesConsoleWeb(builder.Configuration, builder.Environment);
        builder.Services.AddSesConsoleSharing(builder.Configuration);

        var app = builder.Build();

        app.UseSesConsoleWeb();
        app.MapSesConsoleSharing();

        app.Run();
    }
}
