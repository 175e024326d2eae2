using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Options;
using SesConsole.Core.Configuration;

namespace SesConsole.Core.Identities;

/// <summary>The regions configured in <see cref="SesOptions.Regions"/>; any other region is refused.</summary>
internal sealed class RegionDirectory(IOptions<SesOptions> options)
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
