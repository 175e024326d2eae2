namespace SesConsole.LocalSes.Storage;

/// <summary>What following an email confirmation link did.</summary>
internal enum ConfirmationResult
{
    Confirmed,
    Expired,
    Unknown,
}

internal sealed record ConfirmationOutcome(ConfirmationResult Result, string? Region, string? Identity);
