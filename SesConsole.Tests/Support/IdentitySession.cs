using Microsoft.Extensions.DependencyInjection;
using SesConsole.Core.Identities;
using SesConsole.Core.Policies;

namespace SesConsole.Tests.Support;

/// <summary>Core's identity services of one operator session (one DI scope), as a Blazor circuit gets them.</summary>
public sealed record IdentitySession(IIdentityReads Reads, IIdentityChanges Changes, IIdentityPolicies Policies)
{
    public static IdentitySession From(IServiceProvider services) => new(
        services.GetRequiredService<IIdentityReads>(),
        services.GetRequiredService<IIdentityChanges>(),
        services.GetRequiredService<IIdentityPolicies>());
}
