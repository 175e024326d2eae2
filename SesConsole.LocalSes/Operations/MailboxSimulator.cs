namespace SesConsole.LocalSes.Operations;

/// <summary>
/// SES's mailbox simulator: addresses at <c>simulator.amazonses.com</c> that any sender may mail, in the sandbox too,
/// without counting toward the sending quota. LocalSes accepts them as SES does (the simulated bounce or complaint
/// itself is not modelled).
/// </summary>
internal static class MailboxSimulator
{
    public const string Domain = "simulator.amazonses.com";

    public static bool IsSimulator(string address) =>
        address.EndsWith("@" + Domain, StringComparison.OrdinalIgnoreCase);
}
