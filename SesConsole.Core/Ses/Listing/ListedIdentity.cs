namespace SesConsole.Core.Ses.Listing;

/// <summary>
/// One identity of a full listing, its name exactly as SES holds it. <paramref name="SendingEnabled"/> is null when
/// the listing came from the v1 calls, which do not report it.
/// </summary>
public sealed record ListedIdentity(string Name, SesEmailIdentityType Type, SesVerificationStatus VerificationStatus, bool? SendingEnabled);

/// <summary>Which SES API answered a listing.</summary>
public enum ListingApi
{
    /// <summary>v2 ListEmailIdentities: statuses in the listing, one call per 1,000 identities.</summary>
    V2,

    /// <summary>v1 ListIdentities + GetIdentityVerificationAttributes, because v2 was refused (AccessDenied) in the region.</summary>
    V1Fallback,
}

/// <summary>One page of a full listing and the API that read it.</summary>
public sealed record ListedIdentityPage(IReadOnlyList<ListedIdentity> Identities, ListingApi Api);
