using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SesConsole.Core.Ses;

namespace SesConsole.Web.Sharing;

/// <summary>The <c>ShareLinks</c> table of the console's database.</summary>
public sealed class ShareLinkConfiguration : IEntityTypeConfiguration<ShareLink>
{
    public void Configure(EntityTypeBuilder<ShareLink> builder)
    {
        builder.ToTable("ShareLinks");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Region).HasMaxLength(32);
        builder.Property(l => l.Domain).HasMaxLength(SesLimits.MaxDomainLength);
        builder.Property(l => l.CreatedByName).HasMaxLength(256);
        builder.Property(l => l.CreatedByObjectId).HasMaxLength(64);
        // SQLite cannot order or compare DateTimeOffset; ticks keep both working in the database.
        builder.Property(l => l.CreatedAt).HasConversion(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));
        builder.Property(l => l.ExpiresAt).HasConversion(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));
        builder.Property(l => l.RevokedAt).HasConversion(
            v => v.HasValue ? v.Value.UtcTicks : (long?)null,
            v => v.HasValue ? new DateTimeOffset(v.Value, TimeSpan.Zero) : null);
        builder.HasIndex(l => new { l.Region, l.Domain });
    }
}
