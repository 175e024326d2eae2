namespace SesConsole.Core.Ses.Transport;

internal static class SesPacingKey
{
    public static string For(string region, string action) => $"{region}/{action}";
}
