namespace SesConsole.Web.Hosting;

/// <summary>
/// The Blazor hub answers only pages of this app: a browser request to <c>/_blazor</c> (negotiation or WebSocket
/// upgrade) whose <c>Origin</c> is another site is refused with 403 before it reaches SignalR.
/// Requests without an <c>Origin</c> (not a browser) still need a signed-in operator.
/// </summary>
public sealed class HubOriginCheck(RequestDelegate next)
{
    public const string HubPath = "/_blazor";

    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments(HubPath, StringComparison.OrdinalIgnoreCase)
            && context.Request.Headers.Origin is { Count: > 0 } origin
            && !IsOwnOrigin(context.Request, origin.ToString()))
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return context.Response.WriteAsync("This connection did not come from SesConsole's own pages.", context.RequestAborted);
        }

        return next(context);
    }

    public static bool IsOwnOrigin(HttpRequest request, string origin) =>
        Uri.TryCreate(origin, UriKind.Absolute, out var uri)
        && string.Equals(uri.Scheme, request.Scheme, StringComparison.OrdinalIgnoreCase)
        && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
}
