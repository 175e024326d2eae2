namespace SesConsole.Core.Sending;

/// <summary>One of SES's mailbox simulator addresses and what SES does with mail to it.</summary>
public sealed record SimulatorAddress(string Address, string Label, string Outcome);

/// <summary>
/// SES's mailbox simulator: addresses at <c>simulator.amazonses.com</c> that any verified sender may mail, in the
/// sandbox too, without counting toward the quota or the bounce and complaint rates.
/// </summary>
public static class MailboxSimulator
{
    public const string Domain = "simulator.amazonses.com";

    public static IReadOnlyList<SimulatorAddress> Addresses { get; } =
    [
        new("success@simulator.amazonses.com", "Success", "SES accepts it and the recipient's server takes it."),
        new("bounce@simulator.amazonses.com", "Bounce", "The recipient's server refuses it (hard bounce); a bounce notification follows."),
        new("complaint@simulator.amazonses.com", "Complaint", "It is delivered and the recipient marks it as spam; a complaint notification follows."),
        new("ooto@simulator.amazonses.com", "Out of office", "It is delivered and an automatic out-of-office reply comes back."),
        new("suppressionlist@simulator.amazonses.com", "Suppression list", "SES treats the address as on its suppression list and bounces it."),
    ];

    public static bool IsSimulator(string address) => address.EndsWith("@" + Domain, StringComparison.OrdinalIgnoreCase);
}
