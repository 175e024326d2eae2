using MudBlazor;
using SesConsole.Core.Identities;

namespace SesConsole.Web.Components.Shared;

/// <summary>Shows what an outcome says beside its value (<see cref="Outcome{T}.Notice"/>: the change was made but its
/// audit entry is delayed) where the change was made, in the snackbar so it outlives a dialog that closes.</summary>
public static class OutcomeNotices
{
    public static void AddNotice<T>(this ISnackbar snackbar, Outcome<T> outcome)
    {
        ArgumentNullException.ThrowIfNull(snackbar);
        ArgumentNullException.ThrowIfNull(outcome);
        if (outcome.Notice is { } notice)
        {
            snackbar.Add(notice, Severity.Warning);
        }
    }
}
