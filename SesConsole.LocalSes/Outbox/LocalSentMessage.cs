namespace SesConsole.LocalSes.Outbox;

/// <summary>One recipient's copy of a message accepted by SendEmail (LocalSes never sends it).</summary>
public sealed record LocalSentMessage(
    long Id,
    string Region,
    string MessageId,
    string From,
    string To,
    string Subject,
    string Body,
    DateTimeOffset SentAt);
