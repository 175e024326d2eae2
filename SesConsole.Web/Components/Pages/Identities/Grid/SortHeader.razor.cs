using Microsoft.AspNetCore.Components;
using SesConsole.Core.Identities;

namespace SesConsole.Web.Components.Pages.Identities.Grid;

public sealed partial class SortHeader
{
    [Parameter, EditorRequired]
    public string Title { get; set; } = string.Empty;

    [Parameter, EditorRequired]
    public IdentitySortField Field { get; set; }

    [Parameter, EditorRequired]
    public IdentityGridUrl View { get; set; } = IdentityGridUrl.Default;

    [Parameter]
    public EventCallback<IdentitySortField> OnSort { get; set; }

    private string IconClass => View.Sort != Field
        ? "mud-table-sort-label-icon"
        : View.Descending ? "mud-table-sort-label-icon mud-direction-desc" : "mud-table-sort-label-icon mud-direction-asc";

    private Task SortAsync() => OnSort.InvokeAsync(Field);
}
