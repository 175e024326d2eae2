using SesConsole.Core.Ses.Operations;
using SesConsole.Core.Ses.Transport;

namespace SesConsole.Core.Sns.Operations;

/// <summary>SNS ListTopics (Query protocol, version 2010-03-31): <c>Topics/member/TopicArn</c>, paged by NextToken.</summary>
internal static class ListTopicsOperation
{
    public const string Action = "ListTopics";

    public static SesQuery Write(string? nextToken) => new SesQueryWriter(Action).Add("NextToken", nextToken).Build();

    public static ListTopicsResponse Read(SesQueryResult result)
    {
        var ns = AwsQueryService.Sns.ResponseNamespace;
        var arns = result.Result?.Element(ns + "Topics")?.Elements(ns + "member")
            .Select(m => m.Element(ns + "TopicArn")?.Value
                ?? throw new SesResponseFormatException("a <member> of <Topics> has no <TopicArn>"))
            .ToArray() ?? [];
        var next = result.Result?.Element(ns + "NextToken")?.Value;
        return new ListTopicsResponse(arns, string.IsNullOrEmpty(next) ? null : next, result.RequestId);
    }
}
