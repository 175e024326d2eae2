using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace SesConsole.Web.Data;

/// <summary>Lets <c>dotnet ef migrations add ... --context PostgresSesConsoleDbContext</c> build the PostgreSQL model
/// without a server: adding a migration never connects, so the connection string is only a placeholder.</summary>
public sealed class PostgresDesignTimeDbContextFactory : IDesignTimeDbContextFactory<PostgresSesConsoleDbContext>
{
    public PostgresSesConsoleDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SesConsoleDbContext>()
            .UseNpgsql("Host=localhost;Database=sesconsole")
            .Options;
        return new PostgresSesConsoleDbContext(options);
    }
}
