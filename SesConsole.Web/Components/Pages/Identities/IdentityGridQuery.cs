using MudBlazor;
using SesConsole.Core.Identities;

namespace SesConsole.Web.Components.Pages.Identities;

/// <summary>Maps the grid's paging and sorting plus the toolbar's filters onto the service's query.</summary>
public static class IdentityGridQuery
{
    public static IdentityQuery From(
        GridState<IdentityRow> state, string? search, IdentityKind? kind, VerificationStatus? status, bool missingFeedbackTopics = false)
    {
        ArgumentNullException.ThrowIfNull(state);
        var sort = state.SortDefinitions.FirstOrDefault();
        var sortBy = sort?.SortBy switch
        {
            nameof(IdentityRow.Name) => IdentitySortField.Name,
            nameof(IdentityRow.Status) => IdentitySortField.Status,
            _ => IdentitySortField.None,
        };
        return new IdentityQuery(
            PageIndex: state.Page,
            PageSize: state.PageSize,
            Search: string.IsNullOrWhiteSpace(search) ? null : search.Trim(),
            Kind: kind,
            Status: status,
            SortBy: sortBy,
            Descending: sortBy != IdentitySortField.None && sort!.Descending,
            MissingFeedbackTopics: missingFeedbackTopics);
    }

    public static string FormatTotal(int totalCount, bool totalIsExact) =>
        totalIsExact
            ? totalCount.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)
            : totalCount.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + "+";
}
