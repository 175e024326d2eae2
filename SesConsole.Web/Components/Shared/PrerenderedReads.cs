using Microsoft.AspNetCore.Components;
using SesConsole.Core.Identities;

namespace SesConsole.Web.Components.Shared;

/// <summary>
/// Render once. A page opened by URL is rendered twice: prerendered as HTML, then again when its circuit starts.
/// What a component read while prerendering is written into the page (.NET's persistent component state) and taken
/// back by the same component in the circuit instead of read from SES again: one load's SES calls, and no
/// content, skeleton, content flash. Failures are carried too, so the circuit shows what the HTML showed.
/// </summary>
/// <remarks>
/// One per component, made in <c>OnInitialized</c> and disposed with it:
/// <code>
/// _reads = new PrerenderedReads(ComponentState, RendererInfo);
/// var outcome = await _reads.ReadAsync($"policies:{Region}:{Identity}", () => Identities.GetPoliciesAsync(Region, Identity, ct));
/// </code>
/// The key names the read and everything it depends on (region, identity, as SES gave them): a carried answer is
/// only ever used for the same question. Each key is taken once; a later read of it (a retry, a reload after a change)
/// goes to SES. Interactive reads are never kept, so a circuit holds nothing for this beyond the first render.
/// </remarks>
public sealed class PrerenderedReads : IDisposable
{
    private readonly PersistentComponentState _state;
    private readonly bool _prerendering;
    private readonly PersistingComponentStateSubscription? _subscription;
    private readonly Dictionary<string, Func<Task>> _toCarry = new(StringComparer.Ordinal);

    public PrerenderedReads(PersistentComponentState state, RendererInfo renderer)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(renderer);
        _state = state;
        _prerendering = !renderer.IsInteractive;
        if (_prerendering)
        {
            _subscription = state.RegisterOnPersisting(PersistAsync);
        }
    }

    /// <summary>The prerender's answer to <paramref name="key"/> when there is one, otherwise <paramref name="read"/>'s.</summary>
    public async Task<Outcome<T>> ReadAsync<T>(string key, Func<Task<Outcome<T>>> read)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentNullException.ThrowIfNull(read);
        if (!_prerendering && _state.TryTakeFromJson<Carried<T>>(key, out var carried) && carried is not null)
        {
            return carried.Failure is { } failure ? Outcome<T>.Fail(failure) : Outcome<T>.Success(carried.Value!);
        }

        var outcome = await read();
        if (_prerendering)
        {
            var toCarry = outcome.Succeeded ? new Carried<T>(outcome.Value, null) : new Carried<T>(default, outcome.Failure);
            _toCarry[key] = () =>
            {
                _state.PersistAsJson(key, toCarry);
                return Task.CompletedTask;
            };
        }

        return outcome;
    }

    private async Task PersistAsync()
    {
        foreach (var persist in _toCarry.Values)
        {
            await persist();
        }
    }

    public void Dispose() => _subscription?.Dispose();

    /// <summary>An outcome as JSON can hold it: the value, or the failure.</summary>
    public sealed record Carried<T>(T? Value, Failure? Failure);
}
