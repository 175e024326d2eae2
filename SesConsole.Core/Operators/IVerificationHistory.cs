namespace SesConsole.Core.Operators;

/// <summary>What the console remembers about verifications it started (SES itself does not say when).</summary>
public interface IVerificationHistory
{
    /// <summary>When this console last started verification of <paramref name="identity"/> successfully, if it knows.</summary>
    Task<DateTimeOffset?> LastStartedAsync(string region, string identity, CancellationToken cancellationToken);
}
