using Microsoft.Extensions.DependencyInjection;
using SesConsole.Web.Local;

namespace SesConsole.Web.Components.Pages.Local;

public partial class LocalMailboxPage
{
    private ILocalMailbox? _mailbox;
    private IReadOnlyList<LocalMailMessage>? _messages;
    private string? _error;

    protected override async Task OnInitializedAsync()
    {
        // Registered only in Local mode, so it is looked up rather than injected.
        _mailbox = Services.GetService<ILocalMailbox>();
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        if (_mailbox is null)
        {
            return;
        }

        _error = null;
        try
        {
            var messages = await _mailbox.ListAsync(Lifetime);
            _messages = messages.OrderByDescending(m => m.SentAt).ToList();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A development aid: say what went wrong instead of ending the circuit.
            Logger.LogWarning(ex, "Reading the local mailbox failed");
            _error = $"The local mailbox could not be read: {ex.Message}";
        }
    }
}
