using SesConsole.Core.Identities;
using SesConsole.Web.Hosting;

namespace SesConsole.Web.State;

/// <summary>The region the operator is looking at, kept for the lifetime of their circuit.</summary>
public sealed class RegionState
{
    public RegionState(IIdentityReads identities)
    {
        ArgumentNullException.ThrowIfNull(identities);
        Regions = identities.Regions;
        if (Regions.Count == 0)
        {
            throw new StartupRefusedException("No SES region is configured: set Ses:Regions.");
        }

        Current = Regions[0];
    }

    public IReadOnlyList<string> Regions { get; }

    public string Current { get; private set; }

    /// <summary>
    /// Raised after <see cref="Current"/> changed. Handlers are awaited one after the other, so a page reloading its
    /// data is part of the operator's click instead of running unobserved.
    /// </summary>
    public event Func<string, CancellationToken, Task>? Changed;

    /// <summary>Switches to a configured region; an unknown region changes nothing.</summary>
    /// <returns>True when the region changed.</returns>
    public async Task<bool> SelectAsync(string region, CancellationToken cancellationToken)
    {
        if (!Regions.Contains(region, StringComparer.Ordinal) || region == Current)
        {
            return false;
        }

        Current = region;
        if (Changed is { } changed)
        {
            foreach (var handler in changed.GetInvocationList().Cast<Func<string, CancellationToken, Task>>())
            {
                await handler(region, cancellationToken);
            }
        }

        return true;
    }
}
