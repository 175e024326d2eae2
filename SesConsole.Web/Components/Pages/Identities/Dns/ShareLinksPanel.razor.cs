using System.Globalization;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using SesConsole.Core.Identities;
using SesConsole.Web.Components.Shared;
using SesConsole.Web.Sharing;

namespace SesConsole.Web.Components.Pages.Identities.Dns;

public partial class ShareLinksPanel
{
    private static readonly string CreateButtonClass = PlainMarkup.ButtonClass(Variant.Filled, Color.Primary);
    private const string DaysControlClass = "mud-input-control mud-input-control-margin-dense mud-input-outlined-with-label mud-input-input-control mud-input-sizing-fixed share-days";
    private static readonly string DaysHelp = $"1 to {IShareLinkService.MaxValidDays} days";
    private readonly string _daysId = $"share-days-{Guid.NewGuid():N}";
    private bool _canManage;
    private bool _busy;
    private string? _daysText = IShareLinkService.DefaultValidDays.ToString(CultureInfo.InvariantCulture);
    private string? _daysError;
    private ShareLinkInfo? _created;
    private IReadOnlyList<ShareLinkInfo> _links = [];

    [Parameter, EditorRequired]
    public string Region { get; set; } = string.Empty;

    [Parameter, EditorRequired]
    public string Domain { get; set; } = string.Empty;

    private string DaysInputClass => "mud-input mud-input-outlined mud-input-outlined-with-label mud-input-margin-dense mud-typography-subtitle1 mud-input-sizing-fixed"
        + (string.IsNullOrEmpty(_daysText) ? string.Empty : " mud-shrink") + (_daysError is null ? string.Empty : " mud-input-error");

    private string DaysLabelClass => "mud-input-label mud-input-label-animated mud-input-label-outlined mud-input-label-margin-dense mud-input-label-inputcontrol"
        + (_daysError is null ? string.Empty : " mud-input-error");

    protected override async Task OnParametersSetAsync()
    {
        _created = null;
        _canManage = await ShareLinks.CanManageAsync(Lifetime);
        if (_canManage)
        {
            await LoadAsync();
        }
    }

    private async Task LoadAsync()
    {
        var outcome = await ShareLinks.ListAsync(Region, Domain, Lifetime);
        if (outcome.Succeeded)
        {
            _links = outcome.Value;
        }
        else
        {
            Snackbar.Add($"The share links could not be listed: {outcome.Failure.Message}", Severity.Error);
        }
    }

    private async Task CreateAsync()
    {
        _daysError = null;
        if (!int.TryParse(_daysText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var days))
        {
            _daysError = $"Enter a whole number of days from 1 to {IShareLinkService.MaxValidDays}.";
            return;
        }

        _busy = true;
        try
        {
            var outcome = await ShareLinks.CreateAsync(Region, Domain, days, Lifetime);
            if (outcome.Succeeded)
            {
                _created = outcome.Value;
                Snackbar.AddNotice(outcome);
                await LoadAsync();
            }
            else if (outcome.Failure.Kind == FailureKind.InvalidInput)
            {
                _daysError = outcome.Failure.Message;
            }
            else
            {
                Snackbar.Add($"The link was not created: {outcome.Failure.Message}", Severity.Error);
            }
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task RevokeAsync(ShareLinkInfo link)
    {
        _busy = true;
        try
        {
            var outcome = await ShareLinks.RevokeAsync(link.Id, Lifetime);
            if (outcome.Succeeded)
            {
                Snackbar.Add("The link was revoked: it no longer opens the DNS instructions.", Severity.Success);
                Snackbar.AddNotice(outcome);
                if (_created?.Id == link.Id)
                {
                    _created = null;
                }

                await LoadAsync();
            }
            else
            {
                Snackbar.Add($"The link was not revoked: {outcome.Failure.Message}", Severity.Error);
            }
        }
        finally
        {
            _busy = false;
        }
    }

    private string Absolute(string path) => Navigation.ToAbsoluteUri(path).ToString();

    private static string Format(DateTimeOffset at) =>
        at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    private static string StateLabel(ShareLinkInfo link) => link.State switch
    {
        ShareLinkState.Active => "Active",
        ShareLinkState.Expired => "Expired",
        _ => $"Revoked {Format(link.RevokedAt!.Value)}",
    };

    private static string StateIcon(ShareLinkState state) => state switch
    {
        ShareLinkState.Active => Icons.Material.Filled.Link,
        ShareLinkState.Expired => Icons.Material.Outlined.TimerOff,
        _ => Icons.Material.Outlined.LinkOff,
    };
}
