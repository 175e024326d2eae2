using SesConsole.Core.DependencyInjection;
using SesConsole.Web.Audit;
using SesConsole.Web.Data;
using SesConsole.Web.Local;
using SesConsole.Web.Security;
using SesConsole.Web.Sharing;

namespace SesConsole.Web;

// A named class rather than top-level statements: LocalSes, which this project hosts, has its own entry point,
// and tests need an unambiguous entry point for WebApplicationFactory<SesConsole.Web.Program>.
public partial class Program
{
    public static void Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Configuration.AddLocalModeSettings(builder.Environment);

        builder.Services.AddSesConsoleSignIn(builder.Configuration, builder.Environment);
        builder.Services.AddSesConsoleData(builder.Configuration, builder.Environment);
        builder.Services.AddSesConsoleDataProtection();
        builder.Services.AddSesConsoleAudit();
        builder.Services.AddSesConsoleCore(builder.Configuration);
        builder.Services.AddLocalModeIfEnabled(builder.Configuration, builder.Environment);
        builder.Services.AddSesConsoleWeb(builder.Configuration);
        builder.Services.AddSesConsoleSharing(builder.Configuration);

        var app = builder.Build();

        app.UseSesConsoleWeb();
        app.MapSesConsoleSharing();

        app.Run();
    }
}
