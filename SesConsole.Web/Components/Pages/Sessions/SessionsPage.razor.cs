using Microsoft.AspNetCore.Components;
using MudBlazor;
using SesConsole.Core.Identities;
using SesConsole.Core.Operators;
using SesConsole.Web.Security.Sessions;

namespace SesConsole.Web.Components.Pages.Sessions;

/// <summary>The Admins' list of who is signed in, with "sign out everywhere" per person (the audited service call).</summary>
public partial class SessionsPage
{
    private IReadOnlyList<SignedInPersonSessions>? _people;
    private Failure? _failure;
    private string? _busy;
    private string? _myObjectId;

    [Inject]
    private ISessionRegistry Sessions { get; set; } = default!;

    [Inject]
    private SessionAdministration Administration { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private ICurrentOperator CurrentOperator { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _myObjectId = (await CurrentOperator.GetAsync(Lifetime))?.ObjectId;
        await LoadAsync();
    }

    private bool IsMe(SignedInPersonSessions person) => string.Equals(person.ObjectId, _myObjectId, StringComparison.Ordinal);

    private async Task LoadAsync() => _people = await Sessions.ListAsync(Lifetime);

    private async Task SignOutEverywhereAsync(SignedInPersonSessions person)
    {
        if (_busy is not null)
        {
            return;
        }

        _busy = person.ObjectId;
        _failure = null;
        try
        {
            var outcome = await Administration.SignOutEverywhereAsync(person.ObjectId, person.Name, Lifetime);
            if (!outcome.Succeeded)
            {
                _failure = outcome.Failure;
                return;
            }

            Snackbar.Add($"{person.Name} was signed out everywhere: {outcome.Value} session(s) ended.", Severity.Success);
            await LoadAsync();
        }
        finally
        {
            _busy = null;
        }
    }
}
