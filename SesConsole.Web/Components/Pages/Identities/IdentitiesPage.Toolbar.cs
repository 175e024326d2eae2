using MudBlazor;
using SesConsole.Web.Components.Shared;
using SesConsole.Core.Identities;
using SesConsole.Web.Components.Pages.Identities.Grid;

namespace SesConsole.Web.Components.Pages.Identities;

/// <summary>The grid's toolbar: its filters as the plain selects show them, and Export CSV.</summary>
public partial class IdentitiesPage
{
    private static readonly GridSelect.Option[] KindOptions =
    [
        new(string.Empty, "All types"),
        new(nameof(IdentityKind.EmailAddress), "Email addresses"),
        new(nameof(IdentityKind.Domain), "Domains"),
    ];

    private static readonly GridSelect.Option[] StatusOptions =
    [
        new(string.Empty, "All statuses"),
        .. Enum.GetValues<VerificationStatus>().Select(s => new GridSelect.Option(s.ToString(), StatusPresentation.Label(s))),
    ];

    private bool _exporting;

    private GridSelect.Option[] RegionOptions =>
        [new(string.Empty, "All regions"), .. Reads.Regions.Select(r => new GridSelect.Option(r, r))];

    /// <summary>MudSwitch's base: checked, it takes the warning colour and moves its thumb across.</summary>
    private string FeedbackSwitchBase => _view.MissingFeedbackTopics
        ? "mud-button-root mud-icon-button mud-switch-base mud-ripple mud-ripple-switch mud-warning-text hover:mud-warning-hover mud-switch-base-medium mud-checked"
        : "mud-button-root mud-icon-button mud-switch-base mud-ripple mud-ripple-switch mud-default-text hover:mud-default-hover mud-switch-base-medium";

    private string KindValue => _view.Kind?.ToString() ?? string.Empty;

    private string StatusValue => _view.Status?.ToString() ?? string.Empty;

    /// <summary>Columns of the table as the view shows them (selection and Region come and go).</summary>
    private int ColumnCount => 6 + (CanSelect ? 1 : 0) + (_allRegions ? 1 : 0);

    private Task KindTextChangedAsync(string value) =>
        KindChangedAsync(Enum.TryParse<IdentityKind>(value, out var kind) ? kind : null);

    private Task StatusTextChangedAsync(string value) =>
        StatusChangedAsync(Enum.TryParse<VerificationStatus>(value, out var status) ? status : null);

    private Task RegionTextChangedAsync(string value) =>
        RegionFilterChangedAsync(Reads.Regions.Contains(value, StringComparer.Ordinal) ? value : null);

    private Task FeedbackToggledAsync(Microsoft.AspNetCore.Components.ChangeEventArgs args) =>
        MissingFeedbackChangedAsync(args.Value is true || (args.Value is string text && bool.TryParse(text, out var on) && on));

    /// <summary>Downloads the current view (filters and sort, every page) as CSV, from the index.</summary>
    private async Task ExportAsync()
    {
        _exporting = true;
        var region = _allRegions ? _view.Region : _region;
        var csv = await IdentityCsvExport.ToCsvAsync(Reads, region, _view.ToQuery(), _lifetime.Token);
        _exporting = false;
        if (csv.Succeeded)
        {
            await Downloader.DownloadAsync(IdentityCsvExport.FileName(region ?? IdentityRoutes.AllRegions), "text/csv", csv.Value, _lifetime.Token);
        }
        else
        {
            Snackbar.Add(csv.Failure.Message, Severity.Error);
        }
    }
}
