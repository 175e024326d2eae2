using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using SesConsole.Core.Identities;
using SesConsole.Core.Index;
using SesConsole.Core.Policies;
using SesConsole.Tests.Support.Hosting;

namespace SesConsole.Tests.Support.Web;

/// <summary>
/// An in-memory <see cref="IIdentityReads"/>, <see cref="IIdentityChanges"/> and <see cref="IIdentityPolicies"/> for UI tests: identities per region, settable failures and gates,
/// and a record of every call the pages made.
/// </summary>
public sealed partial class FakeIdentityService : IIdentityReads, IIdentityChanges, IIdentityPolicies
{
    private static readonly IdnMapping Idn = new();

    public FakeIdentityService(params string[] regions)
    {
        Regions = regions.Length > 0 ? regions : ["us-east-1", "eu-west-1"];
    }

    public IReadOnlyList<string> Regions { get; }

    /// <summary>Puts this fake in place of Core's reads, changes and policies.</summary>
    public IServiceCollection ReplaceIn(IServiceCollection services) => services
        .ReplaceWithInstance<IIdentityReads>(this)
        .ReplaceWithInstance<IIdentityChanges>(this)
        .ReplaceWithInstance<IIdentityPolicies>(this);

    /// <summary>Identities per region; ListAsync filters, sorts and pages these.</summary>
    public ConcurrentDictionary<string, List<IdentitySummary>> Identities { get; } = new();

    public ConcurrentDictionary<string, IdentityDetails> Details { get; } = new();

    /// <summary>DKIM the index holds for a domain: it comes with the page (the grid asks no SES call for it).</summary>
    public Dictionary<string, DkimInfo> Dkim { get; } = new(StringComparer.Ordinal);

    /// <summary>Names the index holds as having no bounce or no complaint topic.</summary>
    public HashSet<string> MissingFeedbackTopics { get; } = new(StringComparer.Ordinal);

    /// <summary>Since when the index holds a Pending name as Pending; a name not in here counts as Pending since now.</summary>
    public Dictionary<string, DateTimeOffset> PendingSince { get; } = new(StringComparer.Ordinal);

    /// <summary>What RefreshStatusesAsync answers for a name; names not in here keep their status.</summary>
    public Dictionary<string, VerificationStatus> FreshStatuses { get; } = new(StringComparer.Ordinal);

    public Failure? ListFailure { get; set; }

    /// <summary>When set, ListAsync waits for it: lets a test look at the loading state.</summary>
    public TaskCompletionSource? ListGate { get; set; }

    /// <summary>When set, the total is reported as not exact (SES has more names to list).</summary>
    public bool TotalIsExact { get; set; } = true;

    public Failure? VerifyEmailFailure { get; set; }

    /// <summary>When set, successful verify-email and delete calls carry it (the audit entry is delayed).</summary>
    public string? ChangeNotice { get; set; }

    private Outcome<T> WithChangeNotice<T>(Outcome<T> outcome) => ChangeNotice is { } notice ? outcome.WithNotice(notice) : outcome;

    public TaskCompletionSource? VerifyEmailGate { get; set; }

    public Failure? VerifyDomainFailure { get; set; }

    public Failure? DeleteFailure { get; set; }

    public Failure? DetailsFailure { get; set; }

    public Failure? SetUpDkimFailure { get; set; }

    public string VerificationToken { get; set; } = "pmBGN/7MjnfhTKUZ06Enqq1PeGUaOkw8lGhcfwefcHU=";

    public IReadOnlyList<string> DkimTokens { get; set; } =
        ["vvjuipp74whm76gqoni7qmwwn4w4qusjiainivf6f", "3frqe7jn4obpuxjpwpolz6ipb3k5nvt2nhjpik2oy", "wrqplteh7oodxnad7hsl4mixg2uavzneazxv5sxi2"];

    public ConcurrentQueue<(string Region, IdentityQuery Query)> ListCalls { get; } = new();

    public ConcurrentQueue<(string Region, string[] Identities)> RefreshCalls { get; } = new();

    public ConcurrentQueue<(string Region, string[] Domains)> DkimCalls { get; } = new();

    public ConcurrentQueue<string> SyncRequestedRegions { get; } = new();

    /// <summary>What SyncStateAsync answers per region (never synced when absent).</summary>
    public ConcurrentDictionary<string, RegionSyncState> SyncStates { get; } = new(StringComparer.Ordinal);

    public ConcurrentQueue<(string Region, string Email)> VerifyEmailCalls { get; } = new();

    public ConcurrentQueue<(string Region, string Domain, bool IncludeDkim)> VerifyDomainCalls { get; } = new();

    public ConcurrentQueue<(string Region, string Domain)> SetUpDkimCalls { get; } = new();

    public ConcurrentQueue<(string Region, string Identity)> DetailsCalls { get; } = new();

    public ConcurrentQueue<(string Region, string Identity)> DeleteCalls { get; } = new();

    public void Add(string region, string name, IdentityKind kind, VerificationStatus status) =>
        Identities.GetOrAdd(region, _ => []).Add(new IdentitySummary(name, kind, status));

    public IdentityNameCheck CheckEmailAddress(string? input)
    {
        var text = input?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            return new IdentityNameCheck(null, "Enter an email address.");
        }

        var at = text.LastIndexOf('@');
        if (at <= 0 || at == text.Length - 1 || text.Count(c => c == '@') != 1)
        {
            return new IdentityNameCheck(null, "Enter an email address like name@example.com.");
        }

        var domain = CheckDomain(text[(at + 1)..]);
        return domain.IsValid
            ? new IdentityNameCheck($"{text[..at]}@{domain.Normalized}", null)
            : new IdentityNameCheck(null, "The part after @ is not a valid domain name.");
    }

    public IdentityNameCheck CheckDomain(string? input)
    {
        var text = input?.Trim().TrimEnd('.') ?? string.Empty;
        if (text.Length == 0)
        {
            return new IdentityNameCheck(null, "Enter a domain name.");
        }

        try
        {
            var ascii = Idn.GetAscii(text.ToLowerInvariant());
            if (!ascii.Contains('.', StringComparison.Ordinal) || ascii.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '.')))
            {
                return new IdentityNameCheck(null, "Enter a domain name like example.com.");
            }

            return new IdentityNameCheck(ascii, null);
        }
        catch (ArgumentException)
        {
            return new IdentityNameCheck(null, "Enter a domain name like example.com.");
        }
    }

    public async Task<Outcome<IdentityPage>> ListAsync(string region, IdentityQuery query, CancellationToken cancellationToken)
    {
        ListCalls.Enqueue((region, query));
        if (ListGate is { } gate)
        {
            await gate.Task.WaitAsync(cancellationToken);
        }

        if (ListFailure is { } failure)
        {
            return failure;
        }

        IEnumerable<IdentitySummary> items = (Identities.GetValueOrDefault(region) ?? []).Select(i => i with { Region = region });
        return Page(items, query);
    }

    public async Task<Outcome<IdentityPage>> ListAllRegionsAsync(IdentityQuery query, CancellationToken cancellationToken)
    {
        ListCalls.Enqueue((AllRegions, query));
        if (ListGate is { } gate)
        {
            await gate.Task.WaitAsync(cancellationToken);
        }

        if (ListFailure is { } failure)
        {
            return failure;
        }

        var items = Regions.SelectMany(r => (Identities.GetValueOrDefault(r) ?? []).Select(i => i with { Region = r }));
        return Page(items, query);
    }

    /// <summary>What <see cref="ListCalls"/> records for the All regions view.</summary>
    public const string AllRegions = "*";

    private Outcome<IdentityPage> Page(IEnumerable<IdentitySummary> items, IdentityQuery query)
    {
        items = items.Select(i => i with
        {
            DkimStatus = Dkim.TryGetValue(i.Name, out var dkim) ? dkim.IndexedStatus() : i.DkimStatus,
            MissingFeedbackTopics = MissingFeedbackTopics.Contains(i.Name) ? true : i.MissingFeedbackTopics,
        });
        if (query.MissingFeedbackTopics)
        {
            items = items.Where(i => i.MissingFeedbackTopics == true);
        }

        if (!string.IsNullOrEmpty(query.Search))
        {
            items = items.Where(i => i.Name.Contains(query.Search, StringComparison.OrdinalIgnoreCase));
        }

        if (query.Kind is { } kind)
        {
            items = items.Where(i => i.Kind == kind);
        }

        if (query.Status is { } status)
        {
            items = items.Where(i => i.Status == status);
        }

        if (query.PendingOver is { } age)
        {
            var before = DateTimeOffset.UtcNow - age;
            items = items.Where(i => i.Status == VerificationStatus.Pending && PendingSince.TryGetValue(i.Name, out var since) && since < before);
        }

        items = query.SortBy switch
        {
            IdentitySortField.Name => query.Descending ? items.OrderByDescending(i => i.Name) : items.OrderBy(i => i.Name),
            IdentitySortField.Status => query.Descending ? items.OrderByDescending(i => i.Status) : items.OrderBy(i => i.Status),
            _ => items,
        };
        var all = items.ToList();
        var page = all.Skip(query.PageIndex * query.PageSize).Take(query.PageSize).ToList();
        return new IdentityPage(page, all.Count, TotalIsExact);
    }

    public Task<Outcome<IReadOnlyDictionary<string, VerificationStatus>>> RefreshStatusesAsync(
        string region, IReadOnlyCollection<string> identities, CancellationToken cancellationToken)
    {
        RefreshCalls.Enqueue((region, identities.ToArray()));
        IReadOnlyDictionary<string, VerificationStatus> fresh = identities
            .Where(FreshStatuses.ContainsKey)
            .ToDictionary(name => name, name => FreshStatuses[name]);
        return Task.FromResult<Outcome<IReadOnlyDictionary<string, VerificationStatus>>>(Outcome<IReadOnlyDictionary<string, VerificationStatus>>.Success(fresh));
    }

    public Task<Outcome<IReadOnlyDictionary<string, DkimInfo>>> GetDkimStatusesAsync(
        string region, IReadOnlyCollection<string> domains, CancellationToken cancellationToken)
    {
        DkimCalls.Enqueue((region, domains.ToArray()));
        IReadOnlyDictionary<string, DkimInfo> known = domains.Where(Dkim.ContainsKey).ToDictionary(d => d, d => Dkim[d]);
        return Task.FromResult(Outcome<IReadOnlyDictionary<string, DkimInfo>>.Success(known));
    }

    public void RequestSync(string region) => SyncRequestedRegions.Enqueue(region);

    public Task<RegionSyncState> SyncStateAsync(string region, CancellationToken cancellationToken) =>
        Task.FromResult(SyncStates.TryGetValue(region, out var state) ? state : RegionSyncState.Never(region));

    public async Task<Outcome<EmailVerificationStarted>> VerifyEmailAsync(
        string region, string emailAddress, CancellationToken cancellationToken)
    {
        VerifyEmailCalls.Enqueue((region, emailAddress));
        if (VerifyEmailGate is { } gate)
        {
            await gate.Task.WaitAsync(cancellationToken);
        }

        if (VerifyEmailFailure is { } failure)
        {
            return failure;
        }

        AddIfMissing(region, emailAddress, IdentityKind.EmailAddress);
        return WithChangeNotice<EmailVerificationStarted>(new EmailVerificationStarted(emailAddress, "req-verify-email"));
    }

    public Task<Outcome<DomainVerificationStarted>> VerifyDomainAsync(
        string region, string domain, bool includeDkim, CancellationToken cancellationToken)
    {
        VerifyDomainCalls.Enqueue((region, domain, includeDkim));
        if (VerifyDomainFailure is { } failure)
        {
            return Task.FromResult<Outcome<DomainVerificationStarted>>(failure);
        }

        AddIfMissing(region, domain, IdentityKind.Domain);
        var records = new List<DnsRecord> { new(DnsRecordType.TXT, $"_amazonses.{domain}", VerificationToken, DnsRecordRole.Verification) };
        if (includeDkim)
        {
            records.AddRange(DkimRecords(domain));
        }

        return Task.FromResult<Outcome<DomainVerificationStarted>>(
            new DomainVerificationStarted(domain, VerificationToken, records, "req-verify-domain"));
    }

    public Task<Outcome<DkimSetup>> SetUpDkimAsync(string region, string domain, CancellationToken cancellationToken)
    {
        SetUpDkimCalls.Enqueue((region, domain));
        if (SetUpDkimFailure is { } failure)
        {
            return Task.FromResult<Outcome<DkimSetup>>(failure);
        }

        return Task.FromResult<Outcome<DkimSetup>>(new DkimSetup(domain, DkimTokens, DkimRecords(domain), "req-dkim"));
    }

    public Task<Outcome<IdentityDetails>> GetDetailsAsync(string region, string identity, CancellationToken cancellationToken)
    {
        DetailsCalls.Enqueue((region, identity));
        if (DetailsFailure is { } failure)
        {
            return Task.FromResult<Outcome<IdentityDetails>>(failure);
        }

        return Task.FromResult<Outcome<IdentityDetails>>(Details.TryGetValue($"{region}/{identity}", out var details)
            ? details
            : new Failure(FailureKind.NotFound, $"{identity} is not an identity in {region}.", "NotFound", "req-details"));
    }

    /// <summary>Every RereadSectionAsync call: (region, identity, section).</summary>
    public ConcurrentQueue<(string Region, string Identity, DetailSection Section)> RereadCalls { get; } = new();

    /// <summary>Answers with the details now held for the identity (a test changes them to what the retry reads).</summary>
    public Task<Outcome<IdentityDetails>> RereadSectionAsync(
        string region, IdentityDetails shown, DetailSection section, CancellationToken cancellationToken)
    {
        RereadCalls.Enqueue((region, shown.Name, section));
        return Task.FromResult<Outcome<IdentityDetails>>(Details.TryGetValue($"{region}/{shown.Name}", out var details)
            ? details
            : new Failure(FailureKind.NotFound, $"{shown.Name} is not an identity in {region}.", "NotFound", "req-details"));
    }

    public Task<Outcome<Done>> DeleteAsync(string region, string identity, CancellationToken cancellationToken)
    {
        DeleteCalls.Enqueue((region, identity));
        if (DeleteFailure is { } failure)
        {
            return Task.FromResult<Outcome<Done>>(failure);
        }

        Identities.GetValueOrDefault(region)?.RemoveAll(i => i.Name == identity);
        return Task.FromResult(WithChangeNotice<Done>(new Done("req-delete")));
    }

    /// <summary>Every SetMailFromDomainAsync call: (region, identity, MAIL FROM domain, reject on MX failure).</summary>
    public List<(string Region, string Identity, string? MailFromDomain, bool Reject)> MailFromCalls { get; } = [];

    public Task<Outcome<Done>> SetMailFromDomainAsync(
        string region, string identity, string? mailFromDomain, bool rejectOnMxFailure, CancellationToken cancellationToken)
    {
        MailFromCalls.Add((region, identity, mailFromDomain, rejectOnMxFailure));
        return Task.FromResult<Outcome<Done>>(new Done(null));
    }

    public IReadOnlyList<DnsRecord> DkimRecords(string domain) =>
        DkimTokens.Select(t => new DnsRecord(DnsRecordType.CNAME, $"{t}._domainkey.{domain}", $"{t}.dkim.amazonses.com", DnsRecordRole.Dkim)).ToList();

    private void AddIfMissing(string region, string name, IdentityKind kind)
    {
        var list = Identities.GetOrAdd(region, _ => []);
        if (!list.Any(i => i.Name == name))
        {
            list.Add(new IdentitySummary(name, kind, VerificationStatus.Pending));
        }
    }
}
