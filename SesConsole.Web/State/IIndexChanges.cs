using SesConsole.Core.Index;

namespace SesConsole.Web.State;

/// <summary>
/// The identity index's changes (the sync's status changes and progress, our own and other operators' writes) for
/// the open circuits of this process: a page subscribes and disposes the subscription with itself.
/// </summary>
public interface IIndexChanges
{
    /// <summary>Calls <paramref name="handler"/> for every change from now on, one after the other, off the thread
    /// that made the change; a handler that throws is logged and keeps its subscription.</summary>
    IAsyncDisposable Subscribe(Func<IdentityIndexChanged, CancellationToken, Task> handler);
}
