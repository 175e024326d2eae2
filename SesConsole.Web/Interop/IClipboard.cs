namespace SesConsole.Web.Interop;

public interface IClipboard
{
    Task CopyAsync(string text, CancellationToken cancellationToken);
}
