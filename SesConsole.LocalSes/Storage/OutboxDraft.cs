namespace SesConsole.LocalSes.Storage;

/// <summary>The verification mail LocalSes writes to its outbox instead of sending.</summary>
internal sealed record OutboxDraft(string Recipient, string Subject, string Body, string Link);
