using Microsoft.Extensions.Logging;
using SesConsole.Core.Ses.Operations;
using SesConsole.Core.Ses.Permissions;
using SesConsole.Core.Ses.Transport;

namespace SesConsole.Core.Ses;

/// <summary>
/// <see cref="ISesV2Client"/> for one region: checks arguments cheaply, writes each operation's call, sends exactly one
/// request through the transport (which retries and paces per operation, as for v1) on the same call path as v1
/// (<see cref="SesCallRunner"/>: time limit, permission ledger, error mapping, logging) and reads the answer.
/// </summary>
internal sealed class SesV2Client : ISesV2Client
{
    private readonly ISesRestTransport _transport;
    private readonly SesCallRunner _runner;

    public SesV2Client(ISesRestTransport transport, ILogger<SesV2Client> logger, SesPermissionLedger permissions, TimeSpan totalTimeout)
    {
        _transport = transport;
        _runner = new SesCallRunner(logger, "SES v2", transport.Region, permissions, totalTimeout);
    }

    public string Region => _transport.Region;

    public Task<ListEmailIdentitiesResponse> ListEmailIdentitiesAsync(ListEmailIdentitiesRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.PageSize is < 1 or > SesLimits.V2ListPageSize)
        {
            throw new ArgumentOutOfRangeException(nameof(request), request.PageSize, $"PageSize must be between 1 and {SesLimits.V2ListPageSize}.");
        }

        if (request.Filter?.NameContains is { } contains && string.IsNullOrWhiteSpace(contains))
        {
            throw new ArgumentException("Give the text a name must contain, or no name filter.", nameof(request));
        }

        return CallAsync(ListEmailIdentitiesOperation.Write(request), ListEmailIdentitiesOperation.Read, cancellationToken);
    }

    public Task<GetEmailIdentityResponse> GetEmailIdentityAsync(string identity, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(identity))
        {
            throw new ArgumentException("Give an identity; it must not be empty.", nameof(identity));
        }

        return CallAsync(GetEmailIdentityOperation.Write(identity), GetEmailIdentityOperation.Read, cancellationToken);
    }

    public Task<GetAccountResponse> GetAccountAsync(CancellationToken cancellationToken) =>
        CallAsync(GetAccountOperation.Write(), GetAccountOperation.Read, cancellationToken);

    private Task<TResponse> CallAsync<TResponse>(
        SesRestCall call, Func<SesRestResult, TResponse> read, CancellationToken cancellationToken) =>
        _runner.RunAsync(call.Action, token => _transport.SendAsync(call, token), r => r.RequestId, read, cancellationToken);
}
