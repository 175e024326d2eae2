using System.Globalization;
using MudBlazor;
using SesConsole.Core.Jobs;
using SesConsole.Web.Components.Pages.Identities.Grid;
using SesConsole.Web.Components.Pages.Jobs;

namespace SesConsole.Web.Components.Pages.Identities;

/// <summary>The grid's selection and "Delete selected": an Admin picks rows (or every row matching the view) of one
/// region, confirms their count in <see cref="DeleteManyDialog"/>, and follows the delete job on its page.</summary>
public partial class IdentitiesPage
{
    private readonly GridSelection _selection = new();
    private bool _readingSelection;

    /// <summary>Admins select in one region's grid; a delete job works in one region.</summary>
    private bool CanSelect => _isAdmin && !_allRegions;

    private string[] PageNames => [.. _rows.Select(r => r.Name)];

    private string DeleteSelectedLabel => _selection.AllMatching
        ? $"Delete all {_total}"
        : _selection.IsEmpty ? "Delete selected" : $"Delete {_selection.Names.Count.ToString("N0", CultureInfo.InvariantCulture)} selected";

    private string PageSelectedText => _rows.Count == 1 ? "The identity on this page is selected." : $"All {_rows.Count} on this page are selected.";

    private void TogglePage() => _selection.TogglePage(PageNames);

    private void SelectAllMatching() => _selection.SelectAllMatching();

    private void ClearSelection() => _selection.Clear();

    private async Task DeleteSelectedAsync()
    {
        var names = await SelectedNamesAsync();
        if (names is null)
        {
            return;
        }

        if (names.Count == 0)
        {
            Snackbar.Add("No identity matches this view any more, so there is nothing to delete.", Severity.Info);
            return;
        }

        if (names.Count > BulkLimits.MaxLines)
        {
            Snackbar.Add($"That is {names.Count:N0} identities; one job deletes at most {BulkLimits.MaxLines:N0}. Narrow the filter.", Severity.Warning);
            return;
        }

        if (await IdentityDialogs.DeleteManyAsync(Dialogs, _region, names) is { } job)
        {
            _selection.Clear();
            Navigation.NavigateTo(JobPresentation.JobUrl(job));
        }
    }

    /// <summary>The picked names, or every name matching the view read from the index now (not the page's rows).</summary>
    private async Task<IReadOnlyList<string>?> SelectedNamesAsync()
    {
        if (!_selection.AllMatching)
        {
            return [.. _selection.Names];
        }

        _readingSelection = true;
        try
        {
            var rows = await IdentityViewRows.ReadAllAsync(Reads, _region, _view.ToQuery(), _lifetime.Token);
            if (!rows.Succeeded)
            {
                Snackbar.Add(rows.Failure.Message, Severity.Error);
                return null;
            }

            return [.. rows.Value.Select(r => r.Name)];
        }
        finally
        {
            _readingSelection = false;
        }
    }
}
