using Microsoft.AspNetCore.Components.Web;

namespace SesConsole.Web.Components.Layout;

/// <summary>Opens and closes the account panel: the button toggles it, Escape and a click elsewhere close it.</summary>
public partial class UserMenu
{
    private const string PanelId = "user-menu-panel";
    private bool _open;

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
