using System.Net;
using SesConsole.Core.Ses;

namespace SesConsole.Tests.Support.Identities;

/// <summary>SES API v2 as an IAM policy without the v2 actions sees it: every call AccessDenied, so the listing reader
/// falls back to the in-memory SES's v1 calls.</summary>
internal sealed class RefusingSesV2Factory : ISesV2ClientFactory
{
    public ISesV2Client ForRegion(string region) => new Client(region);

    private sealed class Client(string region) : ISesV2Client
    {
        public string Region => region;

        public Task<ListEmailIdentitiesResponse> ListEmailIdentitiesAsync(ListEmailIdentitiesRequest request, CancellationToken cancellationToken) =>
            throw Denied();

        public Task<GetEmailIdentityResponse> GetEmailIdentityAsync(string identity, CancellationToken cancellationToken) =>
            throw Denied();

        public Task<GetAccountResponse> GetAccountAsync(CancellationToken cancellationToken) =>
            throw Denied();

        private static SesCallException Denied() =>
            new("AccessDeniedException", "not authorized to perform ses:ListEmailIdentities", HttpStatusCode.Forbidden, "denied-request");
    }
}
