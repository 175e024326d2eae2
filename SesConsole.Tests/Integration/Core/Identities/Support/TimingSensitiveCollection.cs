namespace SesConsole.Tests.Integration.Core.Identities.Support;

/// <summary>Tests that measure spacing in real time run alone, so other tests' load does not blur their clocks.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingSensitiveCollection
{
    public const string Name = "Timing-sensitive integration tests";
}
