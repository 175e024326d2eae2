namespace SesConsole.Core.Ses;

/// <summary>
/// The SES API v2 reads for one region (identities and the account) (REST-JSON, same endpoint host, signing name and pacing as v1).
/// Service errors surface as <see cref="SesCallException"/> with v2's codes (<c>NotFoundException</c>,
/// <c>BadRequestException</c>, <c>TooManyRequestsException</c>, <c>AccessDeniedException</c>), after the SDK's retries.
/// </summary>
public interface ISesV2Client
{
    string Region { get; }

    /// <summary>One page of identities with their verification status and SendingEnabled (POST /v2/email/list-identities).</summary>
    Task<ListEmailIdentitiesResponse> ListEmailIdentitiesAsync(ListEmailIdentitiesRequest request, CancellationToken cancellationToken);

    /// <summary>DKIM, MAIL FROM, policies and SES's VerificationInfo of one identity (GET /v2/email/identities/{identity}).</summary>
    Task<GetEmailIdentityResponse> GetEmailIdentityAsync(string identity, CancellationToken cancellationToken);

    /// <summary>The account's production access, sending, quota and enforcement status in this region (GET /v2/email/account).</summary>
    Task<GetAccountResponse> GetAccountAsync(CancellationToken cancellationToken);
}

/// <summary>One <see cref="ISesV2Client"/> per region, sharing the v1 client's transport, credentials and pacer.</summary>
public interface ISesV2ClientFactory
{
    ISesV2Client ForRegion(string region);
}
