using SesConsole.Core.Account;
using SesConsole.Core.Identities;

namespace SesConsole.Tests.Support.Web;

/// <summary>Answers a set status (or failure) per region and records which regions were asked.</summary>
public sealed class FakeAccountStatusService : IAccountStatusService
{
    private readonly Dictionary<string, Outcome<AccountStatus>> _answers = new(StringComparer.Ordinal);

    public List<string> Asked { get; } = [];

    public void Set(string region, Outcome<AccountStatus> answer) => _answers[region] = answer;

    public static AccountStatus Sandbox(string region, double sent = 12) =>
        new(region, AccountAccess.Sandbox, true, sent, 200, 1, new DateTimeOffset(2026, 11, 29, 14, 5, 0, TimeSpan.Zero));

    public static AccountStatus Production(string region, bool sendingEnabled = true) =>
        new(region, AccountAccess.Production, sendingEnabled, 1234, 50000, 14, new DateTimeOffset(2026, 11, 29, 14, 5, 0, TimeSpan.Zero));

    public Task<Outcome<AccountStatus>> GetAsync(string region, CancellationToken cancellationToken)
    {
        Asked.Add(region);
        return Task.FromResult(_answers.TryGetValue(region, out var answer) ? answer : Outcome<AccountStatus>.Success(Production(region)));
    }
}
