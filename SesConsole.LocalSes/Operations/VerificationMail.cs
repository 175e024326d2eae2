using SesConsole.LocalSes.Storage;

namespace SesConsole.LocalSes.Operations;

/// <summary>The text of the verification mail, modelled on the one SES sends.</summary>
internal static class VerificationMail
{
    public static OutboxDraft For(string email, string region, Uri link) => new(
        email,
        $"Amazon Web Services - Email Address Verification Request in region {region}",
        $"""
        Dear Amazon Web Services Customer,

        We have received a request to authorize this email address for use with Amazon SES in region {region}.
        If you requested this verification, open the following link to confirm that you are authorized to use this email address:

        {link}

        Your request will not be processed unless you confirm the address using this link. The link expires 24 hours after the request.

        If you did not request this verification, do not open the link.

        (Written by SesConsole.LocalSes, a local SES endpoint: this mail was not sent.)
        """,
        link.AbsoluteUri);
}
