using System.Net;
using SesConsole.LocalSes.Storage;

namespace SesConsole.LocalSes.Verification;

/// <summary>The short HTML pages the confirmation link of a verification mail answers with.</summary>
internal static class ConfirmationPage
{
    public static (int Status, string Html) For(ConfirmationOutcome outcome) => outcome.Result switch
    {
        ConfirmationResult.Confirmed => (200, Page(
            "Email address verified",
            $"You have successfully verified the email address {Encode(outcome.Identity)} for Amazon SES in region {Encode(outcome.Region)}.")),
        ConfirmationResult.Expired => (410, Page(
            "Verification link expired",
            $"This link for {Encode(outcome.Identity)} in region {Encode(outcome.Region)} is older than 24 hours. Request verification again to get a new link.")),
        _ => (404, Page(
            "Verification link not valid",
            "This verification link is not known. It may have been replaced by a newer verification mail, or the identity was deleted.")),
    };

    private static string Encode(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    private static string Page(string title, string message) =>
        $"""
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>{title}</title></head>
        <body><h1>{title}</h1><p>{message}</p><p><small>SesConsole.LocalSes</small></p></body></html>
        """;
}
