using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Web;
using SesConsole.Web.Security;

namespace SesConsole.Web.Components.Layout;

/// <summary>Opens and closes the account panel: the button toggles it, Escape and a click elsewhere close it.</summary>
public partial class UserMenu
{
    private const string PanelId = "user-menu-panel";
    private SignedInPerson? _person;
    private bool _open;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    /// <summary>
    /// The person is read once: signed out while the page is open, the whole page goes (AuthorizeRouteView), menu
    /// included.
    /// </summary>
    protected override async Task OnInitializedAsync()
    {
        if (AuthenticationState is not null)
        {
            _person = SignedInPerson.From((await AuthenticationState).User);
        }
    }

    private void Toggle() => _open = !_open;

    private void Close() => _open = false;

    private void OnKeyDown(KeyboardEventArgs e)
    {
        if (e.Key == "Escape")
        {
            _open = false;
        }
    }

    private static string Initials(string name)
    {
        var letters = name.Split([' ', '.', '@', '-', '_'], StringSplitOptions.RemoveEmptyEntries)
            .Take(2)
            .Select(part => char.ToUpperInvariant(part[0]));
        return string.Concat(letters);
    }
}
