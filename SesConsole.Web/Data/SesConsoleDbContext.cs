using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using SesConsole.Core.Ses;
using SesConsole.Web.Audit;
using SesConsole.Web.Security.Sessions;
using SesConsole.Web.Index;
using SesConsole.Web.Pacing;
using SesConsole.Web.Jobs;
using SesConsole.Web.Sharing;

namespace SesConsole.Web.Data;

/// <summary>The console's own data (the audit trail, share links, the Data Protection keys every instance shares and
/// anything else it must remember) in one database. SQLite uses this type; PostgreSQL its subclass
/// <see cref="PostgresSesConsoleDbContext"/>, which only keeps its migrations apart.</summary>
public class SesConsoleDbContext(DbContextOptions<SesConsoleDbContext> options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<AuditRecord> AuditRecords => Set<AuditRecord>();

    public DbSet<ShareLink> ShareLinks => Set<ShareLink>();

    public DbSet<AuthSession> AuthSessions => Set<AuthSession>();

    public DbSet<IndexedIdentityRecord> IndexedIdentities => Set<IndexedIdentityRecord>();

    public DbSet<IndexSyncRegionRecord> IndexSyncRegions => Set<IndexSyncRegionRecord>();

    public DbSet<SesRateSlotRecord> SesRateSlots => Set<SesRateSlotRecord>();
    public DbSet<BulkJobRecord> BulkJobs => Set<BulkJobRecord>();

    public DbSet<BulkJobLineRecord> BulkJobLines => Set<BulkJobLineRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var record = modelBuilder.Entity<AuditRecord>();
        record.ToTable("AuditRecords");
        // SQLite cannot order by DateTimeOffset; ticks keep "newest first" in the database.
        record.Property(r => r.At).HasConversion(v => v.UtcTicks, v => new DateTimeOffset(v, TimeSpan.Zero));
        record.Property(r => r.OperatorObjectId).HasMaxLength(64);
        record.Property(r => r.OperatorName).HasMaxLength(256);
        record.Property(r => r.Region).HasMaxLength(32);
        record.Property(r => r.Identity).HasMaxLength(SesLimits.MaxEmailAddressLength);
        record.Property(r => r.Action).HasMaxLength(32);
        record.Property(r => r.Outcome).HasMaxLength(16);
        record.Property(r => r.Detail).HasMaxLength(1024);
        record.Property(r => r.SesRequestId).HasMaxLength(64);
        record.HasIndex(r => r.At);
        record.HasIndex(r => r.Identity);
        record.HasIndex(r => r.OperatorName);
        modelBuilder.ApplyConfiguration(new ShareLinkConfiguration());
        modelBuilder.ApplyConfiguration(new AuthSessionConfiguration());
        modelBuilder.ApplyConfiguration(new IndexedIdentityConfiguration());
        modelBuilder.ApplyConfiguration(new IndexSyncRegionConfiguration());
        modelBuilder.ApplyConfiguration(new SesRateSlotConfiguration());
        modelBuilder.ApplyConfiguration(new BulkJobConfiguration());
        modelBuilder.ApplyConfiguration(new BulkJobLineConfiguration());
        modelBuilder.Entity<DataProtectionKey>().ToTable("DataProtectionKeys");
    }
}
