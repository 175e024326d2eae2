namespace SesConsole.LocalSes.Account;

/// <summary>
/// The SNS topics of the local account, from <c>LocalSes:Topics</c>: a bare name exists in every region as
/// <c>arn:aws:sns:{region}:{account}:{name}</c>; a full ARN only in the region it names.
/// </summary>
internal sealed class TopicCatalog(IReadOnlyList<string> configured, string accountId)
{
    private const string ArnPrefix = "arn:aws:sns:";

    public IReadOnlyList<string> ForRegion(string region) =>
        configured
            .Select(t => t.StartsWith(ArnPrefix, StringComparison.Ordinal) ? t : $"{ArnPrefix}{region}:{accountId}:{t}")
            .Where(arn => arn.StartsWith($"{ArnPrefix}{region}:", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

    public bool Exists(string region, string arn) => ForRegion(region).Contains(arn, StringComparer.Ordinal);
}
