namespace SesConsole.Web.Local;

public sealed record LocalMailMessage(string To, string Subject, string Body, string ConfirmationLink, DateTimeOffset SentAt);
