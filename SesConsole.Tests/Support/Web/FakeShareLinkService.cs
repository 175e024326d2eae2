using System.Collections.Concurrent;
using SesConsole.Core.Identities;
using SesConsole.Web.Sharing;

namespace SesConsole.Tests.Support.Web;

/// <summary>An in-memory <see cref="IShareLinkService"/> for UI tests; by default the operator may not manage links.</summary>
public sealed class FakeShareLinkService : IShareLinkService
{
    public bool CanManage { get; set; }

    public DateTimeOffset Now { get; set; } = new(2025, 3, 14, 9, 0, 0, TimeSpan.Zero);

    public List<ShareLinkInfo> Links { get; } = [];

    public ConcurrentQueue<(string Region, string Domain, int Days)> CreateCalls { get; } = new();

    public ConcurrentQueue<Guid> RevokeCalls { get; } = new();

    public Task<bool> CanManageAsync(CancellationToken cancellationToken) => Task.FromResult(CanManage);

    public Task<Outcome<ShareLinkInfo>> CreateAsync(string region, string domain, int validDays, CancellationToken cancellationToken)
    {
        CreateCalls.Enqueue((region, domain, validDays));
        if (!CanManage)
        {
            return Task.FromResult<Outcome<ShareLinkInfo>>(new Failure(FailureKind.AccessDenied, "Only an Admin can create, see or revoke share links."));
        }

        if (validDays is < 1 or > IShareLinkService.MaxValidDays)
        {
            return Task.FromResult<Outcome<ShareLinkInfo>>(
                new Failure(FailureKind.InvalidInput, $"A link can be valid for 1 to 30 days, not {validDays}.", Field: "validDays"));
        }

        var id = Guid.NewGuid();
        var link = new ShareLinkInfo(id, region, domain, "admin@contoso.example", Now, Now.AddDays(validDays), null,
            ShareLinkState.Active, $"/share/dns/token-{id:N}");
        Links.Insert(0, link);
        return Task.FromResult<Outcome<ShareLinkInfo>>(link);
    }

    public Task<Outcome<IReadOnlyList<ShareLinkInfo>>> ListAsync(string region, string domain, CancellationToken cancellationToken) =>
        Task.FromResult(CanManage
            ? Outcome<IReadOnlyList<ShareLinkInfo>>.Success(Links.Where(l => l.Region == region && l.Domain == domain).ToList())
            : Outcome<IReadOnlyList<ShareLinkInfo>>.Fail(new Failure(FailureKind.AccessDenied, "Only an Admin can create, see or revoke share links.")));

    public Task<Outcome<Done>> RevokeAsync(Guid linkId, CancellationToken cancellationToken)
    {
        RevokeCalls.Enqueue(linkId);
        var index = Links.FindIndex(l => l.Id == linkId);
        if (index >= 0)
        {
            Links[index] = Links[index] with { RevokedAt = Now, State = ShareLinkState.Revoked, Path = null };
        }

        return Task.FromResult<Outcome<Done>>(new Done(null));
    }
}
