using SesConsole.LocalSes.Account;
using SesConsole.LocalSes.Protocol;
using SesConsole.LocalSes.Storage;

namespace SesConsole.LocalSes.Operations;

/// <summary>Everything one operation call needs: its parameters, the signing region, the time and the stores.</summary>
internal sealed record OperationContext(
    QueryParameters Parameters,
    string Region,
    DateTimeOffset Now,
    IdentityStore Identities,
    PolicyStore Policies,
    string AccountId,
    Uri BaseAddress,
    LocalSesAccount Account);
