using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Options;
using SesConsole.Core.Configuration;

namespace SesConsole.Core.Identities;

/// <summary>The one normaliser of regions: those configured in <see cref="SesOptions.Regions"/>, matched without
/// regard to case or surrounding spaces and answered as configured; any other region is refused.</summary>
public sealed class RegionDirectory(IOptions<SesOptions> options)
{
    public IReadOnlyList<string> All { get; } = options.Value.Regions.ToArray();

    public bool TryResolve(string? region, [NotNullWhen(true)] out string? resolved, [NotNullWhen(false)] out Failure? failure)
    {
        resolved = All.FirstOrDefault(r => string.Equals(r, region?.Trim(), StringComparison.OrdinalIgnoreCase));
        if (resolved is not null)
        {
            failure = null;
            return true;
        }

        failure = new Failure(
            FailureKind.InvalidInput,
            $"The region '{region}' is not one this console manages; choose one of: {string.Join(", ", All)}.",
            Field: "region");
        return false;
    }
}
