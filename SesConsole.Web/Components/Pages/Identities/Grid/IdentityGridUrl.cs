using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using SesConsole.Core.Identities;

namespace SesConsole.Web.Components.Pages.Identities.Grid;

/// <summary>
/// The grid's view as its URL carries it (<c>?q=&amp;type=&amp;status=&amp;feedback=missing&amp;pendingOver=24h&amp;region=&amp;sort=&amp;page=&amp;size=</c>), so a
/// bookmark, reload, back button or shared link shows the same view. Parsing never fails: a value it does not know
/// falls back to the default; formatting leaves defaults out.
/// </summary>
/// <param name="Page">One-based, as people count pages.</param>
/// <param name="Region">The Region filter of the All regions view (a configured region, or null for all).</param>
/// <param name="MissingFeedbackTopics">Only identities with no bounce or no complaint topic (<c>feedback=missing</c>).</param>
/// <param name="PendingOver">Only identities Pending for longer than this (<c>pendingOver=24h</c>, whole hours).</param>
public sealed record IdentityGridUrl(
    string? Search = null,
    IdentityKind? Kind = null,
    VerificationStatus? Status = null,
    IdentitySortField Sort = IdentitySortField.None,
    bool Descending = false,
    int Page = 1,
    int Size = IdentityGridUrl.DefaultSize,
    string? Region = null,
    bool MissingFeedbackTopics = false,
    TimeSpan? PendingOver = null)
{
    private const string MissingFeedbackValue = "missing";

    public const int DefaultSize = 25;

    /// <summary>The page sizes the pager offers; any other size in a URL falls back to the default.</summary>
    public static IReadOnlyList<int> Sizes { get; } = [25, 50, 100];

    /// <summary>Search text longer than the search box takes is cut (a URL is no place for a novel); the same limit as
    /// the box, so a search typed to its end round-trips through the URL unchanged.</summary>
    public const int MaxSearchLength = SesConsole.Web.Components.Shared.InputLimits.IdentitySearch;

    /// <summary>The longest "pending longer than" a URL may ask for (SES gives up on a domain after 72 hours).</summary>
    public static readonly TimeSpan MaxPendingOver = TimeSpan.FromDays(365);

    private static readonly (string Text, IdentityKind Kind)[] KindNames =
        [("email", IdentityKind.EmailAddress), ("domain", IdentityKind.Domain)];

    private static readonly (string Text, VerificationStatus Status)[] StatusNames =
    [
        ("pending", VerificationStatus.Pending),
        ("verified", VerificationStatus.Success),
        ("failed", VerificationStatus.Failed),
        ("temporary-failure", VerificationStatus.TemporaryFailure),
        ("not-started", VerificationStatus.NotStarted),
    ];

    private static readonly (string Text, IdentitySortField Field)[] SortNames =
        [("name", IdentitySortField.Name), ("status", IdentitySortField.Status)];

    public static IdentityGridUrl Default { get; } = new();

    /// <summary>Reads the query part of <paramref name="uri"/> (an absolute or relative URI, or a bare query string).</summary>
    /// <param name="regions">The configured regions: a Region filter naming another is ignored.</param>
    public static IdentityGridUrl Parse(string? uri, IReadOnlyCollection<string> regions)
    {
        ArgumentNullException.ThrowIfNull(regions);
        var text = uri ?? string.Empty;
        var start = text.IndexOf('?', StringComparison.Ordinal);
        var queryText = start >= 0 ? text[start..] : text.Contains('=', StringComparison.Ordinal) ? "?" + text : string.Empty;
        var hash = queryText.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
        {
            queryText = queryText[..hash];
        }

        var query = QueryHelpers.ParseQuery(queryText);
        string? First(string key) => query.TryGetValue(key, out var values) ? values.FirstOrDefault() : null;

        var search = First("q")?.Trim();
        if (string.IsNullOrEmpty(search))
        {
            search = null;
        }
        else if (search.Length > MaxSearchLength)
        {
            search = search[..MaxSearchLength];
        }

        var (sort, descending) = ParseSort(First("sort"));
        var page = int.TryParse(First("page"), NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p >= 1 ? p : 1;
        var size = int.TryParse(First("size"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) && Sizes.Contains(s) ? s : DefaultSize;
        var region = First("region") is { } r && regions.Contains(r, StringComparer.Ordinal) ? r : null;
        return new IdentityGridUrl(
            search,
            Lookup(KindNames, First("type")),
            Lookup(StatusNames, First("status")),
            sort,
            descending,
            page,
            size,
            region,
            string.Equals(First("feedback"), MissingFeedbackValue, StringComparison.OrdinalIgnoreCase),
            ParsePendingOver(First("pendingOver")));
    }

    /// <summary>The query part of <paramref name="uri"/> as it is written (with its <c>?</c>, without a fragment), or empty.</summary>
    public static string QueryOf(string uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        var start = uri.IndexOf('?', StringComparison.Ordinal);
        if (start < 0)
        {
            return string.Empty;
        }

        var hash = uri.IndexOf('#', start);
        var query = hash < 0 ? uri[start..] : uri[start..hash];
        return query == "?" ? string.Empty : query;
    }

    /// <summary>The query string (with its leading <c>?</c>, or empty for the default view).</summary>
    public string ToQueryString()
    {
        var parts = new List<string>();
        void Add(string key, string? value)
        {
            if (value is not null)
            {
                parts.Add(key + "=" + Uri.EscapeDataString(value));
            }
        }

        Add("q", Search);
        Add("type", Kind is { } kind ? KindNames.First(k => k.Kind == kind).Text : null);
        Add("status", Status is { } status ? StatusNames.First(k => k.Status == status).Text : null);
        Add("feedback", MissingFeedbackTopics ? MissingFeedbackValue : null);
        Add("pendingOver", PendingOver is { } age ? FormatPendingOver(age) : null);
        Add("region", Region);
        Add("sort", Sort == IdentitySortField.None ? null : (Descending ? "-" : string.Empty) + SortNames.First(k => k.Field == Sort).Text);
        Add("page", Page == 1 ? null : Page.ToString(CultureInfo.InvariantCulture));
        Add("size", Size == DefaultSize ? null : Size.ToString(CultureInfo.InvariantCulture));
        return parts.Count == 0 ? string.Empty : new StringBuilder("?").AppendJoin('&', parts).ToString();
    }

    /// <summary>The service's query for this view (zero-based page).</summary>
    public IdentityQuery ToQuery() => new(
        PageIndex: Page - 1,
        PageSize: Size,
        Search: Search,
        Kind: Kind,
        Status: Status,
        SortBy: Sort,
        Descending: Sort != IdentitySortField.None && Descending,
        MissingFeedbackTopics: MissingFeedbackTopics,
        PendingOver: PendingOver);

    /// <summary>The view a service query shows (what the grid asked for), with the All regions view's filter.</summary>
    public static IdentityGridUrl From(IdentityQuery query, string? region)
    {
        ArgumentNullException.ThrowIfNull(query);
        return new IdentityGridUrl(
            query.Search,
            query.Kind,
            query.Status,
            query.SortBy,
            query.SortBy != IdentitySortField.None && query.Descending,
            query.PageIndex + 1,
            query.PageSize,
            region,
            query.MissingFeedbackTopics,
            query.PendingOver);
    }

    /// <summary>The same filters on the first page (a new search or filter starts at page 1).</summary>
    public IdentityGridUrl FirstPage() => this with { Page = 1 };

    /// <summary>"24h" (or "3d"): whole hours or days above zero, at most <see cref="MaxPendingOver"/>; anything else is no filter.</summary>
    public static TimeSpan? ParsePendingOver(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.Length < 2)
        {
            return null;
        }

        var unit = char.ToLowerInvariant(text[^1]);
        if (unit is not ('h' or 'd')
            || !int.TryParse(text.AsSpan(0, text.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            || count < 1
            || count > (unit == 'd' ? MaxPendingOver.TotalDays : MaxPendingOver.TotalHours))
        {
            return null;
        }

        return unit == 'd' ? TimeSpan.FromDays(count) : TimeSpan.FromHours(count);
    }

    /// <summary>Whole hours, as the URL says it: "24h", "72h".</summary>
    public static string FormatPendingOver(TimeSpan age) =>
        ((long)age.TotalHours).ToString(CultureInfo.InvariantCulture) + "h";

    private static (IdentitySortField Sort, bool Descending) ParseSort(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return (IdentitySortField.None, false);
        }

        var descending = text.StartsWith('-');
        var field = Lookup(SortNames, descending ? text[1..] : text);
        return field is { } f ? (f, descending) : (IdentitySortField.None, false);
    }

    private static TValue? Lookup<TValue>((string Text, TValue Value)[] names, string? text)
        where TValue : struct =>
        names.Where(n => string.Equals(n.Text, text, StringComparison.OrdinalIgnoreCase)).Select(n => (TValue?)n.Value).FirstOrDefault();
}
