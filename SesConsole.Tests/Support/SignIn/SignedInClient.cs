using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace SesConsole.Tests.Support.SignIn;

/// <summary>
/// A browser-like client of the in-memory app (https://localhost, so the Secure correlation and nonce cookies
/// stick) that signs in through LocalEntra with the real authorization-code flow over HTTP.
/// </summary>
public sealed class SignedInClient : IDisposable
{
    public static readonly Uri AppOrigin = new("https://localhost");

    private readonly WebApplicationFactory<global::SesConsole.Web.Program> _app;

    private SignedInClient(WebApplicationFactory<global::SesConsole.Web.Program> app)
    {
        _app = app;
        App = app.CreateDefaultClient(AppOrigin, new CookieContainerHandler(Cookies));
        Provider = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false });
    }

    public CookieContainer Cookies { get; } = new();

    /// <summary>Talks to the app; follows no redirect.</summary>
    public HttpClient App { get; }

    /// <summary>Talks to LocalEntra, as the browser would; follows no redirect.</summary>
    public HttpClient Provider { get; }

    public static SignedInClient Anonymous(WebApplicationFactory<global::SesConsole.Web.Program> app) => new(app);

    /// <param name="who"><c>admin</c>, <c>viewer</c> or <c>norole</c>: LocalEntra's login hint.</param>
    public static async Task<SignedInClient> SignInAsync(
        WebApplicationFactory<global::SesConsole.Web.Program> app, string who, CancellationToken cancellationToken = default) =>
        (await SignInFromAsync(app, who, new Uri(AppOrigin, "/"), cancellationToken)).Client;

    /// <summary>Signs in starting from <paramref name="start"/> (the page the person first asked for) and returns
    /// where the app sent the browser once sign-in completed.</summary>
    public static async Task<(SignedInClient Client, Uri Landing)> SignInFromAsync(
        WebApplicationFactory<global::SesConsole.Web.Program> app, string who, Uri start, CancellationToken cancellationToken = default)
    {
        var client = new SignedInClient(app);
        try
        {
            var landing = await client.SignInAsync(who, start, cancellationToken);
            return (client, landing);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    private async Task<Uri> SignInAsync(string who, Uri start, CancellationToken cancellationToken)
    {
        using var challenge = await App.GetAsync(start, cancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        var authorize = challenge.Headers.Location!;
        // The picker page re-sends the authorize request with the chosen user as login_hint; do what its button does.
        using var picked = await Provider.GetAsync(new Uri(authorize + "&login_hint=" + who), cancellationToken);
        Assert.Equal(HttpStatusCode.Found, picked.StatusCode);
        // Microsoft.Identity.Web asks for response_mode=form_post: LocalEntra answers with a page that posts the code.
        var formPage = await Provider.GetStringAsync(picked.Headers.Location!, cancellationToken);
        var (action, fields) = await ParseFormAsync(formPage, cancellationToken);
        using var callback = await App.PostAsync(action, new FormUrlEncodedContent(fields), cancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, callback.StatusCode);
        Assert.NotNull(AuthCookie());
        return callback.Headers.Location!;
    }

    /// <summary>The action and the named inputs of the first form of an HTML page.</summary>
    public static async Task<(Uri Action, Dictionary<string, string> Fields)> ParseFormAsync(string html, CancellationToken cancellationToken)
    {
        var document = await new HtmlParser().ParseDocumentAsync(html, cancellationToken);
        var form = document.QuerySelector("form") ?? throw new InvalidOperationException("The page has no form.");
        var fields = form.QuerySelectorAll("input[name]")
            .ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? string.Empty, StringComparer.Ordinal);
        return (new Uri(AppOrigin, form.GetAttribute("action")), fields);
    }

    /// <summary>The app's authentication cookie (reassembled when chunked), or null when signed out.</summary>
    public string? AuthCookie()
    {
        var cookies = Cookies.GetCookies(AppOrigin);
        var value = cookies[CookieAuthenticationDefaults.CookiePrefix + CookieAuthenticationDefaults.AuthenticationScheme]?.Value;
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        const string ChunkPrefix = "chunks-";
        if (!value.StartsWith(ChunkPrefix, StringComparison.Ordinal))
        {
            return value;
        }

        var count = int.Parse(value[ChunkPrefix.Length..], System.Globalization.CultureInfo.InvariantCulture);
        return string.Concat(Enumerable.Range(1, count).Select(i =>
            cookies[$"{CookieAuthenticationDefaults.CookiePrefix}{CookieAuthenticationDefaults.AuthenticationScheme}C{i}"]!.Value));
    }

    /// <summary>The claim of the cookie's own ticket that names its server-side session.</summary>
    private const string SessionIdClaim = "Microsoft.AspNetCore.Authentication.Cookies-SessionId";

    /// <summary>The ticket the app itself would read for this client's cookie (from its server-side session): the
    /// principal from the real flow.</summary>
    public AuthenticationTicket Ticket()
    {
        var options = CookieOptions();
        var sessionKey = SessionKey() ?? throw new InvalidOperationException("Not signed in.");
        return options.SessionStore!.RetrieveAsync(sessionKey).GetAwaiter().GetResult()
            ?? throw new InvalidOperationException("The cookie's session is gone.");
    }

    /// <summary>The key of the server-side session the cookie points at, or null when signed out.</summary>
    public string? SessionKey()
    {
        var cookie = AuthCookie();
        if (cookie is null)
        {
            return null;
        }

        var ticket = CookieOptions().TicketDataFormat.Unprotect(cookie) ?? throw new InvalidOperationException("The cookie did not unprotect.");
        return ticket.Principal.FindFirst(SessionIdClaim)?.Value;
    }

    private CookieAuthenticationOptions CookieOptions() =>
        _app.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>()
            .Get(CookieAuthenticationDefaults.AuthenticationScheme);

    public void Dispose()
    {
        App.Dispose();
        Provider.Dispose();
    }
}
