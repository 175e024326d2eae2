using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SesConsole.Web.Security.Sessions;

/// <summary>The <c>AuthSessions</c> table of the console's database.</summary>
public sealed class AuthSessionConfiguration : IEntityTypeConfiguration<AuthSession>
{
    public void Configure(EntityTypeBuilder<AuthSession> builder)
    {
        builder.ToTable("AuthSessions");
        builder.HasKey(s => s.Key);
        builder.Property(s => s.Key).HasMaxLength(64);
        builder.Property(s => s.PersonObjectId).HasMaxLength(64);
        builder.Property(s => s.PersonName).HasMaxLength(256);
        // SQLite cannot compare DateTimeOffset; ticks keep "expired" a query.
        builder.Property(s => s.CreatedAt).HasConversion(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));
        builder.Property(s => s.ExpiresAt).HasConversion(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));
        builder.HasIndex(s => s.PersonObjectId);
        builder.HasIndex(s => s.ExpiresAt);
    }
}
