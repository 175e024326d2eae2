using SesConsole.LocalSes;

namespace SesConsole.Tests.Integration.Core.Identities.Support;

/// <summary>Plays the mailbox owner: finds LocalSes's verification mail and follows its link.</summary>
internal static class Outbox
{
    public static async Task<Uri> LinkForAsync(LocalSesServer server, string emailAddress)
    {
        var mails = await server.Outbox.ListAsync(CancellationToken.None);
        var mail = mails.FirstOrDefault(m => m.To == emailAddress)
            ?? throw new InvalidOperationException($"LocalSes wrote no verification mail to {emailAddress}.");
        return mail.ConfirmationLink;
    }

    /// <summary>GETs the confirmation link of the newest mail to <paramref name="emailAddress"/>; returns the HTTP status.</summary>
    public static async Task<System.Net.HttpStatusCode> ConfirmAsync(LocalSesServer server, string emailAddress)
    {
        using var http = new HttpClient();
        using var response = await http.GetAsync(await LinkForAsync(server, emailAddress));
        return response.StatusCode;
    }
}
