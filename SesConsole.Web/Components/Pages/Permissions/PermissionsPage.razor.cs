using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;
using SesConsole.Core.Configuration;
using SesConsole.Core.Ses.Permissions;

namespace SesConsole.Web.Components.Pages.Permissions;

/// <summary>The Admins' view of what SES refused this console's credentials, per configured region.</summary>
public partial class PermissionsPage
{
    private IReadOnlyList<RegionPermissions> _regions = [];

    [Inject]
    private ISesPermissions Permissions { get; set; } = default!;

    [Inject]
    private IOptions<SesOptions> SesOptions { get; set; } = default!;

    protected override void OnInitialized() => Reload();

    private void Reload() => _regions = Permissions.Snapshot(SesOptions.Value.Regions);
}
