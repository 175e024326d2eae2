using System.Text.Json.Nodes;
using SesConsole.LocalSes.Account;
using SesConsole.LocalSes.Protocol;
using SesConsole.LocalSes.Storage;

namespace SesConsole.LocalSes.Operations.V2;

/// <summary>Everything one SES API v2 call needs: its path values, query, JSON body, the signing region, the time, the stores and the account settings.</summary>
internal sealed record RestOperationContext(
    IReadOnlyDictionary<string, string> PathValues,
    QueryParameters Query,
    byte[] Body,
    string Region,
    DateTimeOffset Now,
    IdentityStore Identities,
    IdentityListStore Listing,
    PolicyStore Policies,
    VerificationCheckStore Checks,
    LocalSesAccount Account);

/// <summary>One SES API v2 operation: reads the context, returns the JSON object of its answer.</summary>
internal delegate Task<JsonObject> RestOperationHandler(RestOperationContext context, CancellationToken ct);
