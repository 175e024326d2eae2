namespace SesConsole.Web.Interop;

public interface IFileDownloader
{
    Task DownloadAsync(string fileName, string contentType, string content, CancellationToken cancellationToken);
}
