using System.Globalization;
using SesConsole.LocalSes.Identities;
using SesConsole.LocalSes.Protocol;

namespace SesConsole.LocalSes.Operations;

/// <summary>The <c>Identities.member.N</c> list of the Get*Attributes calls, with SES's limit of 100 names.</summary>
internal static class IdentityLists
{
    public const int MaxIdentitiesPerCall = 100;

    /// <summary>Pairs of (name as asked, storage key), so answers use the caller's spelling.</summary>
    public static IReadOnlyList<(string Asked, string Key)> Read(QueryParameters parameters)
    {
        var identities = parameters.RequiredList("Identities");
        if (identities.Count > MaxIdentitiesPerCall)
        {
            throw new SesErrorException(SesError.InvalidParameterValue(string.Create(
                CultureInfo.InvariantCulture,
                $"Too many identities: {identities.Count} were sent and at most {MaxIdentitiesPerCall} are allowed per call.")));
        }

        return identities.Select(i => (i, IdentityNames.Key(i))).ToList();
    }
}
