using SesConsole.Core.DependencyInjection;

namespace SesConsole.Web;

// A named class rather than top-level statements: LocalSes, which this project hosts, has its own global Program,
// and tests need an unambiguous entry point for WebApplicationFactory<SesConsole.Web.Program>.
public partial class Program
{
    public static void Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);

        builder.Services.AddSesConsoleCore(builder.Configuration);
        builder.Services.AddSesConsoleWeb(builder.Configuration);

        var app = builder.Build();

        app.UseSesConsoleWeb();

        app.Run();
    }
}
