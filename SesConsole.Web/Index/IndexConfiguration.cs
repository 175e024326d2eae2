using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SesConsole.Web.Index;

/// <summary>The identity index's tables, with an index for each of the grid's sorts and filters (per region and
/// across regions). Plain columns only, so any EF Core provider can hold them.</summary>
public sealed class IndexedIdentityConfiguration : IEntityTypeConfiguration<IndexedIdentityRecord>
{
    public void Configure(EntityTypeBuilder<IndexedIdentityRecord> builder)
    {
        builder.ToTable("IndexedIdentities");
        builder.HasKey(i => new { i.Region, i.Name });
        builder.Property(i => i.Region).HasMaxLength(32);
        builder.Property(i => i.Name).HasMaxLength(320);
        builder.Property(i => i.SearchName).HasMaxLength(320);
        // Every grid query reads live rows only (RemovedAt IS NULL): partial indexes over exactly those rows hold every
        // column the grid's counts filter on, so a count walks one index and never the table. The quoting is the same
        // in SQLite and PostgreSQL.
        const string Live = "\"RemovedAt\" IS NULL";
        builder.HasIndex(i => new { i.Region, i.SearchName, i.Name }).HasFilter(Live);
        builder.HasIndex(i => new { i.Region, i.Status, i.SearchName, i.Name }).HasFilter(Live);
        // Status descending, names ascending (the grid's "status, newest problems first" order) in one walk.
        builder.HasIndex(i => new { i.Region, i.Status, i.SearchName, i.Name }, "IX_IndexedIdentities_Region_StatusDesc")
            .IsDescending(false, true, false, false)
            .HasFilter(Live);
        builder.HasIndex(i => new { i.Region, i.Kind, i.Status, i.SearchName, i.Name }).HasFilter(Live);
        builder.HasIndex(i => new { i.Region, i.MissingFeedbackTopics, i.SearchName, i.Name }).HasFilter(Live);
        builder.HasIndex(i => new { i.Region, i.LastReadAt });
        builder.HasIndex(i => new { i.SearchName, i.Name, i.Region }).HasFilter(Live);
        builder.HasIndex(i => new { i.Status, i.SearchName, i.Name, i.Region }).HasFilter(Live);
    }
}

public sealed class IndexSyncRegionConfiguration : IEntityTypeConfiguration<IndexSyncRegionRecord>
{
    public void Configure(EntityTypeBuilder<IndexSyncRegionRecord> builder)
    {
        builder.ToTable("IndexSyncRegions");
        builder.HasKey(r => r.Region);
        builder.Property(r => r.Region).HasMaxLength(32);
        builder.Property(r => r.LeaseHolder).HasMaxLength(200);
        builder.Property(r => r.Api).HasMaxLength(16);
        builder.Property(r => r.LastError).HasMaxLength(1024);
    }
}
