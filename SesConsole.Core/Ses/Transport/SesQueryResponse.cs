using System.Xml.Linq;
using Amazon.Runtime;

namespace SesConsole.Core.Ses.Transport;

/// <summary>
/// A 2xx answer as the unmarshaller found it: the parsed document, or why it could not be parsed.
/// Interpreting it is left to the caller, outside the SDK pipeline.
/// </summary>
internal sealed class SesQueryResponse : AmazonWebServiceResponse
{
    public XDocument? Document { get; init; }

    public string? ParseError { get; init; }
}
