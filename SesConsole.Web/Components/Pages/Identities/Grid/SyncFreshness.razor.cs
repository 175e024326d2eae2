using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using SesConsole.Web.Security;
using SesConsole.Core.Index;

namespace SesConsole.Web.Components.Pages.Identities.Grid;

public partial class SyncFreshness
{
    /// <summary>How often "40 s ago" is re-counted while the page is open (no server call, only a re-render).</summary>
    public static readonly TimeSpan Tick = TimeSpan.FromSeconds(5);

    private const string SecondaryText = "mud-typography mud-typography-body2 mud-secondary-text mud-typography-display-inline sync-freshness-item";
    private const string WarningText = "mud-typography mud-typography-body2 mud-warning-text mud-typography-display-inline sync-freshness-item";

    private readonly CancellationTokenSource _lifetime = new();
    private Task? _ticking;
    private DateTimeOffset? _requestedAt;
    private bool _canSync;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    [Inject]
    private TimeProvider Time { get; set; } = TimeProvider.System;

    /// <summary>The regions the view shows (one for a region's grid, every configured one for All regions).</summary>
    [Parameter, EditorRequired]
    public IReadOnlyList<RegionSyncState> States { get; set; } = [];

    /// <summary>Asks the sync to run now; the line updates when the sync reports progress.</summary>
    [Parameter]
    public EventCallback OnSyncNow { get; set; }

    /// <summary>Whether several regions are shown (each state then names its region).</summary>
    private bool NameRegions => States.Count > 1;

    /// <summary>From the click until every shown region has finished a listing since.</summary>
    private bool Requested => _requestedAt is not null;

    protected override async Task OnParametersSetAsync()
    {
        // "Sync now" for Admins only (read once per parameters set, as the AuthorizeView did).
        _canSync = AuthenticationState is not null && (await AuthenticationState).User.IsInRole(AppRoles.Admin);
        if (_requestedAt is { } at && States.All(s => s.LastFullSyncAt >= at))
        {
            _requestedAt = null;
        }
    }

    protected override void OnAfterRender(bool firstRender)
    {
        if (firstRender)
        {
            _ticking = TickAsync(_lifetime.Token);
        }
    }

    private string Describe(RegionSyncState state)
    {
        var prefix = NameRegions ? state.Region + ": " : string.Empty;
        var text = state switch
        {
            { EverSynced: false, PassStartedAt: not null } =>
                $"first sync running, {state.IdentitiesRead.ToString("N0", CultureInfo.InvariantCulture)} identities read so far",
            { EverSynced: false } => "not synced yet, the first sync starts shortly",
            { PassStartedAt: not null } => $"synced {Age(state.LastFullSyncAt!.Value, Time.GetUtcNow())}, syncing now",
            _ => $"synced {Age(state.LastFullSyncAt!.Value, Time.GetUtcNow())}",
        };
        var error = state.LastError is { } e ? $" (last attempt failed: {e})" : string.Empty;
        return prefix + (NameRegions ? text : char.ToUpperInvariant(text[0]) + text[1..]) + error;
    }

    /// <summary>"40 s ago", "3 min ago", "2 h ago", "4 d ago".</summary>
    public static string Age(DateTimeOffset then, DateTimeOffset now)
    {
        var elapsed = now - then;
        if (elapsed < TimeSpan.Zero)
        {
            elapsed = TimeSpan.Zero;
        }

        return elapsed switch
        {
            { TotalMinutes: < 1 } => string.Create(CultureInfo.InvariantCulture, $"{(int)elapsed.TotalSeconds} s ago"),
            { TotalHours: < 1 } => string.Create(CultureInfo.InvariantCulture, $"{(int)elapsed.TotalMinutes} min ago"),
            { TotalDays: < 1 } => string.Create(CultureInfo.InvariantCulture, $"{(int)elapsed.TotalHours} h ago"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{(int)elapsed.TotalDays} d ago"),
        };
    }

    private async Task SyncNowAsync()
    {
        _requestedAt = Time.GetUtcNow();
        await OnSyncNow.InvokeAsync();
    }

    private async Task TickAsync(CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(Tick, Time);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                await InvokeAsync(StateHasChanged);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The page was closed or the circuit went away.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _lifetime.CancelAsync();
        if (_ticking is not null)
        {
            await _ticking;
        }

        _lifetime.Dispose();
        GC.SuppressFinalize(this);
    }
}
