namespace SesConsole.Core.Sending;

/// <summary>What SES answered for a test email: its message id, and the sender and recipient it went with.</summary>
public sealed record TestEmailSent(string MessageId, string From, string To, string? RequestId);

/// <summary>The prefilled subject and body of a test email.</summary>
public static class TestEmailDefaults
{
    public const string FromLocalPartForDomains = "test";

    public static string Subject(string identity) => $"SesConsole test from {identity}";

    public static string Body(string identity, string region) =>
        $"""
        This is a test message sent with Amazon SES from {identity} in {region} by SesConsole.

        If it arrived, {identity} can send from this region.
        """;
}
