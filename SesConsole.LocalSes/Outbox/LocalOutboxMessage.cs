namespace SesConsole.LocalSes.Outbox;

/// <summary>One verification mail: who it is for, its text and the confirmation link it carries.</summary>
public sealed record LocalOutboxMessage(
    long Id,
    string Region,
    string To,
    string Subject,
    string Body,
    Uri ConfirmationLink,
    DateTimeOffset SentAt);
