using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SesConsole.Core.Ses;

namespace SesConsole.Web.Jobs;

/// <summary>The bulk jobs' tables: plain columns, so any EF Core provider can hold them.</summary>
public sealed class BulkJobConfiguration : IEntityTypeConfiguration<BulkJobRecord>
{
    public void Configure(EntityTypeBuilder<BulkJobRecord> builder)
    {
        builder.ToTable("BulkJobs");
        builder.HasKey(j => j.Id);
        builder.Property(j => j.Region).HasMaxLength(32);
        builder.Property(j => j.OperatorObjectId).HasMaxLength(64);
        builder.Property(j => j.OperatorName).HasMaxLength(256);
        builder.Property(j => j.LeaseHolder).HasMaxLength(200);
        builder.HasIndex(j => j.CreatedAt);
        builder.HasIndex(j => new { j.State, j.CreatedAt });
    }
}

public sealed class BulkJobLineConfiguration : IEntityTypeConfiguration<BulkJobLineRecord>
{
    public void Configure(EntityTypeBuilder<BulkJobLineRecord> builder)
    {
        builder.ToTable("BulkJobLines");
        builder.HasKey(l => new { l.JobId, l.Number });
        builder.Property(l => l.Identity).HasMaxLength(SesLimits.MaxEmailAddressLength);
        builder.Property(l => l.Message).HasMaxLength(1024);
        builder.HasIndex(l => new { l.JobId, l.State, l.Number });
        builder.HasOne<BulkJobRecord>().WithMany().HasForeignKey(l => l.JobId).OnDelete(DeleteBehavior.Cascade);
    }
}
