using System.Xml.Linq;
using SesConsole.Core.Ses.Operations;

namespace SesConsole.Core.Ses.Transport;

/// <summary>
/// What tells the AWS services our one transport speaks apart: SES (v1 Query and v2 REST-JSON, paced) and SNS
/// (Query, ListTopics only, not paced: SNS allows far more than SES's 1 request/s, and the console caches the topic
/// list). AWSSDK.SimpleNotificationService is not available to us, so SNS rides on the same AWSSDK.Core client,
/// marshaller, unmarshaller, endpoint rules and error mapping as SES, with its own facts.
/// </summary>
/// <param name="ServiceId">The SDK's service id (metadata, requests).</param>
/// <param name="EndpointPrefix">The endpoint prefix and host name: <c>email</c> for SES, <c>sns</c> for SNS.</param>
/// <param name="SigningName">The SigV4 signing name.</param>
/// <param name="ApiVersion">The Query protocol's <c>Version</c>.</param>
/// <param name="ResponseNamespace">The XML namespace of the service's Query answers.</param>
internal sealed record AwsQueryService(
    string ServiceId, string EndpointPrefix, string SigningName, string ApiVersion, XNamespace ResponseNamespace, string UserAgentVersion)
{
    public static AwsQueryService Ses { get; } = new("SES", "email", "ses", "2010-12-01", SesXml.Namespace, "4.1.0-sesconsole");

    public static AwsQueryService Sns { get; } = new("SNS", "sns", "sns", "2010-03-31", "http://sns.amazonaws.com/doc/2010-03-31/", "4.1.0-sesconsole");

    /// <summary>The host of a region: <c>{prefix}[-fips].{region}.{dnsSuffix}</c>.</summary>
    public string Host(bool fips) => fips ? $"{EndpointPrefix}-fips" : EndpointPrefix;
}
