using SesConsole.Core.Identities;
using SesConsole.Tests.Support.Web;
using SesConsole.Web.Local;

namespace SesConsole.Tests.Browser.Web.Screenshots;

/// <summary>Realistic identities and mails for the screenshots.</summary>
internal static class ScreenshotData
{
    public static void Fill(FakeIdentityService fake)
    {
        var identities = new (string Name, IdentityKind Kind, VerificationStatus Status)[]
        {
            ("acme-shop.com", IdentityKind.Domain, VerificationStatus.Success),
            ("billing@acme-shop.com", IdentityKind.EmailAddress, VerificationStatus.Success),
            ("newsletter.acme-shop.com", IdentityKind.Domain, VerificationStatus.Pending),
            ("support@acme-shop.com", IdentityKind.EmailAddress, VerificationStatus.Pending),
            ("xn--bcher-kva.example", IdentityKind.Domain, VerificationStatus.Success),
            ("legacy-brand.net", IdentityKind.Domain, VerificationStatus.Failed),
            ("alerts@ops.acme-shop.com", IdentityKind.EmailAddress, VerificationStatus.TemporaryFailure),
            ("jane.doe@partner-agency.io", IdentityKind.EmailAddress, VerificationStatus.NotStarted),
            ("mail.acme-events.org", IdentityKind.Domain, VerificationStatus.Pending),
            ("no-reply@acme-shop.com", IdentityKind.EmailAddress, VerificationStatus.Success),
            ("receipts@acme-shop.com", IdentityKind.EmailAddress, VerificationStatus.Success),
            ("acme-careers.com", IdentityKind.Domain, VerificationStatus.Success),
        };
        foreach (var (name, kind, status) in identities)
        {
            fake.Add("us-east-1", name, kind, status);
        }

        fake.Dkim["acme-shop.com"] = new DkimInfo(true, VerificationStatus.Success, fake.DkimTokens);
        fake.Dkim["newsletter.acme-shop.com"] = new DkimInfo(true, VerificationStatus.Pending, fake.DkimTokens);
        fake.Dkim["xn--bcher-kva.example"] = new DkimInfo(false, VerificationStatus.NotStarted, []);
        fake.Dkim["legacy-brand.net"] = new DkimInfo(true, VerificationStatus.Failed, fake.DkimTokens);
        fake.Dkim["mail.acme-events.org"] = new DkimInfo(false, VerificationStatus.NotStarted, []);
        fake.Dkim["acme-careers.com"] = new DkimInfo(true, VerificationStatus.Success, fake.DkimTokens);
        fake.PendingSince["newsletter.acme-shop.com"] = DateTimeOffset.UtcNow.AddDays(-5);
        fake.PendingSince["mail.acme-events.org"] = DateTimeOffset.UtcNow.AddHours(-30);
        fake.MissingFeedbackTopics.UnionWith(["newsletter.acme-shop.com", "support@acme-shop.com", "legacy-brand.net"]);

        var records = new List<DnsRecord> { new(DnsRecordType.TXT, "_amazonses.acme-shop.com", fake.VerificationToken, DnsRecordRole.Verification) };
        records.AddRange(fake.DkimRecords("acme-shop.com"));
        records.Add(new DnsRecord(DnsRecordType.MX, "bounce.acme-shop.com", "10 feedback-smtp.us-east-1.amazonses.com", DnsRecordRole.MailFromMx));
        records.Add(new DnsRecord(DnsRecordType.TXT, "bounce.acme-shop.com", "\"v=spf1 include:amazonses.com ~all\"", DnsRecordRole.MailFromSpf));
        fake.Details["us-east-1/acme-shop.com"] = new IdentityDetails(
            "acme-shop.com", IdentityKind.Domain, VerificationStatus.Success, fake.VerificationToken,
            new DateTimeOffset(2025, 3, 4, 9, 30, 0, TimeSpan.Zero),
            new DkimInfo(true, VerificationStatus.Success, fake.DkimTokens),
            new MailFromInfo("bounce.acme-shop.com", VerificationStatus.Success, "UseDefaultValue"),
            records,
            SesCheck: new SesVerificationCheck(DateTimeOffset.UtcNow.AddMinutes(-3), DateTimeOffset.UtcNow.AddMinutes(-3), null));
    }

    public static IReadOnlyList<LocalMailMessage> Mails { get; } =
    [
        new("support@acme-shop.com", "Amazon Web Services – Email Address Verification Request in region US East (N. Virginia)",
            "Dear Amazon SES customer,\n\nWe have received a request to authorize this email address for use with Amazon SES in region US East (N. Virginia). To confirm that you are authorized to use this email address, go to the following URL.\n\nThe link expires 24 hours after this mail was sent.",
            "http://127.0.0.1:4579/_localses/confirm?token=7f3a9c1e", new DateTimeOffset(2025, 3, 4, 10, 42, 0, TimeSpan.Zero)),
        new("billing@acme-shop.com", "Amazon Web Services – Email Address Verification Request in region US East (N. Virginia)",
            "Dear Amazon SES customer,\n\nWe have received a request to authorize this email address for use with Amazon SES in region US East (N. Virginia).",
            "http://127.0.0.1:4579/_localses/confirm?token=1b2c3d4e", new DateTimeOffset(2025, 3, 3, 16, 5, 0, TimeSpan.Zero)),
    ];
}
