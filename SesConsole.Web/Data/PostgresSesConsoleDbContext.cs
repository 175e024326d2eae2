using Microsoft.EntityFrameworkCore;

namespace SesConsole.Web.Data;

/// <summary>
/// The same model on PostgreSQL. A context type of its own only so that its migrations (in
/// <c>Data/PostgresMigrations</c>) are kept apart from SQLite's, as EF Core suggests for several providers; the
/// rest of the app still asks for <see cref="SesConsoleDbContext"/>.
/// </summary>
public sealed class PostgresSesConsoleDbContext(DbContextOptions<SesConsoleDbContext> options) : SesConsoleDbContext(options);

/// <summary>Hands out <see cref="PostgresSesConsoleDbContext"/> wherever the app asks for a <see cref="SesConsoleDbContext"/>.</summary>
internal sealed class PostgresSesConsoleDbContextFactory(DbContextOptions<SesConsoleDbContext> options)
    : IDbContextFactory<SesConsoleDbContext>
{
    public SesConsoleDbContext CreateDbContext() => new PostgresSesConsoleDbContext(options);
}
