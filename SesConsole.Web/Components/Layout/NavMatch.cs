namespace SesConsole.Web.Components.Layout;

/// <summary>
/// Which navigation entry is the current page, as the framework's <c>NavLink</c> decides it (the query and fragment
/// ignored; a prefix matches whole path segments only), so the menu can be plain links instead of a NavLink component
/// per entry.
/// </summary>
public static class NavMatch
{
    /// <param name="baseRelativeUri">The current URI relative to the base URI (NavigationManager.ToBaseRelativePath).</param>
    /// <param name="href">The entry's link, relative to the base URI ("" for the home page).</param>
    /// <param name="prefix">Also the pages below the link (NavLinkMatch.Prefix); otherwise only the link itself.</param>
    public static bool IsActive(string baseRelativeUri, string href, bool prefix)
    {
        var path = baseRelativeUri;
        var end = path.IndexOfAny(['?', '#']);
        if (end >= 0)
        {
            path = path[..end];
        }

        path = path.TrimEnd('/');
        var target = href.TrimEnd('/');
        if (string.Equals(path, target, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return prefix && target.Length > 0
            && path.StartsWith(target, StringComparison.OrdinalIgnoreCase) && path[target.Length] == '/';
    }
}
