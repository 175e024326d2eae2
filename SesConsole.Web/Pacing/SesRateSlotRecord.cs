using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SesConsole.Web.Pacing;

/// <summary>One row of <c>SesRateSlots</c>: when the next SES request of a key (region/operation) may be sent by any
/// instance, in UTC ticks.</summary>
public sealed class SesRateSlotRecord
{
    public required string Key { get; set; }

    public long NextFreeAt { get; set; }
}

public sealed class SesRateSlotConfiguration : IEntityTypeConfiguration<SesRateSlotRecord>
{
    public const string Table = "SesRateSlots";

    public void Configure(EntityTypeBuilder<SesRateSlotRecord> builder)
    {
        builder.ToTable(Table);
        builder.HasKey(s => s.Key);
        builder.Property(s => s.Key).HasMaxLength(128);
    }
}
