using Microsoft.AspNetCore.Components;
using SesConsole.Web.Components.Pages.Identities.Grid;

namespace SesConsole.Web.Components.Pages.Identities;

/// <summary>
/// The grid's rows: each one shared markup string (<see cref="GridRowMarkup"/>), and their checkbox and Delete
/// through one delegated handler on the table body (<see cref="GridRowActions"/>) instead of two handlers per row.
/// </summary>
public partial class IdentitiesPage
{
    /// <summary>
    /// The tbody's handler: a click that is no action (a link, a cell, a row no longer shown) does not re-render the
    /// page; an action re-renders it itself.
    /// </summary>
    private readonly EventCallback<GridRowActionEventArgs> _rowActions;

    public IdentitiesPage() => _rowActions = GridRowActions.WithoutAutomaticRender(OnRowActionAsync);

    private GridRowFlags RowFlags(IdentityRow row) =>
        (_isAdmin ? GridRowFlags.Admin : GridRowFlags.None)
        | (CanSelect ? GridRowFlags.CanSelect : GridRowFlags.None)
        | (_selection.IsSelected(row.Name) ? GridRowFlags.Selected : GridRowFlags.None)
        | (_selection.AllMatching ? GridRowFlags.AllMatching : GridRowFlags.None)
        | (_allRegions ? GridRowFlags.AllRegions : GridRowFlags.None);

    /// <summary>Acts only on a row the page shows now, with that row's own name; anything else changes nothing.</summary>
    private async Task OnRowActionAsync(GridRowActionEventArgs args)
    {
        if (GridRowActions.Find(_rows, args, _allRegions) is not { } row)
        {
            return;
        }

        if (args.Action == GridRowActions.ToggleSelect && CanSelect && !_selection.AllMatching)
        {
            _selection.Toggle(row.Name);
            StateHasChanged();
        }
        else if (args.Action == GridRowActions.Delete && _isAdmin)
        {
            await DeleteAsync(row);
            StateHasChanged();
        }
    }
}
