using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace SesConsole.Web.Data;

/// <summary>Lets <c>dotnet ef</c> build the model without starting the web host (which needs sign-in settings).</summary>
public sealed class SesConsoleDesignTimeDbContextFactory : IDesignTimeDbContextFactory<SesConsoleDbContext>
{
    public SesConsoleDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SesConsoleDbContext>()
            .UseSqlite("Data Source=App_Data/sesconsole.db")
            .Options;
        return new SesConsoleDbContext(options);
    }
}
