namespace SesConsole.Web.Hosting;

/// <summary>The Content-Security-Policy values the console sends; stated once here.</summary>
public static class ContentSecurityPolicies
{
    /// <summary>
    /// The console: scripts only from our own origin (blazor.web.js, MudBlazor.min.js, our modules; no inline script,
    /// so no import map either), the hub on our own origin, never framed. Styles allow inline because MudBlazor sets
    /// <c>style</c> attributes and its theme as a <c>&lt;style&gt;</c> element on every render; no script can come
    /// from that. Forms may post to us and to the sign-in provider (sign-out redirects there).
    /// </summary>
    public static string ForApp(string? signInOrigin) =>
        "default-src 'self'; " +
        "script-src 'self'; " +
        "style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data:; " +
        "font-src 'self' data:; " +
        "connect-src 'self'; " +
        "object-src 'none'; " +
        "base-uri 'self'; " +
        $"form-action 'self'{(signInOrigin is null ? string.Empty : " " + signInOrigin)}; " +
        "frame-ancestors 'none'";

    /// <summary>
    /// Public share pages and their downloads: nothing unless named. Our own stylesheets plus the hashes of the inline
    /// theme style the page itself rendered, our own script, forms back to us, never framed.
    /// </summary>
    public static string ForSharePages(IEnumerable<string> inlineStyleHashes) =>
        "default-src 'none'; " +
        $"style-src 'self'{string.Concat(inlineStyleHashes.Select(h => $" 'sha256-{h}'"))}; " +
        "script-src 'self'; " +
        "img-src 'self'; " +
        "connect-src 'self'; " +
        "form-action 'self'; " +
        "base-uri 'self'; " +
        "frame-ancestors 'none'";
}
