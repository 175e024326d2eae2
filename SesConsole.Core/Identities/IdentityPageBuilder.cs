using SesConsole.Core.Identities.Names;

namespace SesConsole.Core.Identities;

/// <summary>Filters, sorts and pages cached identity names for an <see cref="IdentityQuery"/>.</summary>
internal static class IdentityPageBuilder
{
    public static bool NeedsAllNames(IdentityQuery query) =>
        !string.IsNullOrWhiteSpace(query.Search) || query.Kind is not null || NeedsAllStatuses(query)
        || query.SortBy == IdentitySortField.Name;

    public static bool NeedsAllStatuses(IdentityQuery query) =>
        query.Status is not null || query.SortBy == IdentitySortField.Status;

    /// <summary>How many names the query needs listed (all of them for searches, filters and sorts).</summary>
    public static long NamesNeeded(IdentityQuery query) =>
        NeedsAllNames(query) ? long.MaxValue : ((long)query.PageIndex + 1) * query.PageSize;

    /// <summary>The names matching the query, in the order asked for. <paramref name="statusOf"/> must know every
    /// status when <see cref="NeedsAllStatuses"/>.</summary>
    public static IReadOnlyList<string> Select(
        IReadOnlyList<string> names, IdentityQuery query, Func<string, VerificationStatus?> statusOf)
    {
        IEnumerable<string> rows = names;
        var search = query.Search?.Trim();
        if (!string.IsNullOrEmpty(search))
        {
            rows = rows.Where(name => name.Contains(search, StringComparison.OrdinalIgnoreCase));
        }

        if (query.Kind is { } kind)
        {
            rows = rows.Where(name => IdentityName.KindOf(name) == kind);
        }

        if (query.Status is { } status)
        {
            rows = rows.Where(name => (statusOf(name) ?? VerificationStatus.NotStarted) == status);
        }

        return query.SortBy switch
        {
            IdentitySortField.Name => (query.Descending
                ? rows.OrderByDescending(name => name, StringComparer.OrdinalIgnoreCase)
                : rows.OrderBy(name => name, StringComparer.OrdinalIgnoreCase)).ThenBy(name => name, StringComparer.Ordinal).ToList(),
            IdentitySortField.Status => (query.Descending
                ? rows.OrderByDescending(name => statusOf(name) ?? VerificationStatus.NotStarted)
                : rows.OrderBy(name => statusOf(name) ?? VerificationStatus.NotStarted))
                .ThenBy(name => name, StringComparer.OrdinalIgnoreCase).ToList(),
            _ => rows.ToList(),
        };
    }

    public static IReadOnlyList<string> Page(IReadOnlyList<string> rows, IdentityQuery query)
    {
        var skip = (long)query.PageIndex * query.PageSize;
        return skip >= rows.Count ? [] : rows.Skip((int)skip).Take(query.PageSize).ToArray();
    }
}
