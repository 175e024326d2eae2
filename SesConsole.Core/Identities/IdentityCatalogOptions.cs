namespace SesConsole.Core.Identities;

/// <summary>How long the shared identity cache trusts what SES said.</summary>
public sealed class IdentityCatalogOptions
{
    /// <summary>After this, the next listing starts again from SES's first page.</summary>
    public TimeSpan NamesFreshFor { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>After this, a row's verification status is fetched again when it is shown.</summary>
    public TimeSpan StatusesFreshFor { get; set; } = TimeSpan.FromSeconds(30);
}
