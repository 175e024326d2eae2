using SesConsole.Core.Identities;
using SesConsole.Core.Identities.Names;
using SesConsole.Core.Ses;

namespace SesConsole.Core.Sending;

/// <summary><see cref="ITestEmailSender"/> over the <see cref="ChangeGate"/>: refusals and sends are audited.</summary>
public sealed class TestEmailSender(ChangeGate gate, ISesClientFactory clients) : ITestEmailSender
{
    public const string AuditAction = "SendTestEmail";
    public const string RecipientField = "recipient";
    public const string SenderField = "from";
    public const string SubjectField = "subject";
    private const int MaxSubjectLength = 998;

    private readonly ChangeGate _gate = gate;
    private readonly ISesClientFactory _clients = clients;

    public IdentityNameCheck CheckRecipient(string? input) => IdentityName.CheckEmail(input);

    /// <remarks>An email identity sends as itself, exactly as SES holds it; a domain from a typed local part.</remarks>
    public IdentityNameCheck CheckSender(string identity, string? fromLocalPart)
    {
        if (!ListedIdentityNames.TryCheck(identity, out var name, out var failure))
        {
            return new IdentityNameCheck(null, failure.Message);
        }

        if (ListedIdentityNames.IsEmailAddress(name))
        {
            return new IdentityNameCheck(name, null);
        }

        var local = string.IsNullOrWhiteSpace(fromLocalPart) ? TestEmailDefaults.FromLocalPartForDomains : fromLocalPart.Trim();
        var check = IdentityName.CheckEmail($"{local}@{name}");
        return check.IsValid && check.Normalized!.EndsWith("@" + name, StringComparison.Ordinal)
            ? check
            : new IdentityNameCheck(null, check.Error ?? $"Give only the part before @{name}.");
    }

    public Task<Outcome<TestEmailSent>> SendAsync(
        string region, string identity, string? fromLocalPart, string recipient, string subject, string body,
        CancellationToken cancellationToken) =>
        OpenAsync(region, identity, async attempt =>
        {
            var from = CheckSender(identity, fromLocalPart);
            if (!from.IsValid)
            {
                return await attempt.RefuseAsync(Invalid(from.Error!, SenderField), cancellationToken).ConfigureAwait(false);
            }

            var to = CheckRecipient(recipient);
            if (!to.IsValid)
            {
                return await attempt.RefuseAsync(Invalid(to.Error!, RecipientField), cancellationToken).ConfigureAwait(false);
            }

            if (string.IsNullOrWhiteSpace(subject) || subject.Length > MaxSubjectLength || subject.Any(c => c is '\r' or '\n'))
            {
                return await attempt.RefuseAsync(
                    Invalid("Give a subject on one line (at most 998 characters).", SubjectField), cancellationToken).ConfigureAwait(false);
            }

            var client = _clients.ForRegion(attempt.Region);
            var sent = await attempt.RunAsync<TestEmailSent>(
                async () =>
                {
                    var answer = await client.SendEmailAsync(
                        new SendEmailRequest(from.Normalized!, [to.Normalized!], subject.Trim(), body ?? string.Empty), cancellationToken)
                        .ConfigureAwait(false);
                    return new TestEmailSent(answer.MessageId, from.Normalized!, to.Normalized!, answer.RequestId);
                },
                done => done.RequestId,
                $"Test email from {from.Normalized} to {to.Normalized}.",
                cancellationToken).ConfigureAwait(false);
            return sent.Succeeded ? sent : SendRefusals.Explain(sent.Failure, from.Normalized!, to.Normalized!, attempt.Region);
        }, cancellationToken);

    private async Task<Outcome<TestEmailSent>> OpenAsync(
        string region, string identity, Func<ChangeAttempt, Task<Outcome<TestEmailSent>>> send, CancellationToken cancellationToken)
    {
        var opened = await _gate.OpenAsync(AuditAction, region, identity, cancellationToken).ConfigureAwait(false);
        return opened.Succeeded ? await send(opened.Value).ConfigureAwait(false) : opened.Failure;
    }

    private static Failure Invalid(string message, string field) => new(FailureKind.InvalidInput, message, Field: field);
}
