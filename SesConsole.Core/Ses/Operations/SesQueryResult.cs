using System.Xml.Linq;

namespace SesConsole.Core.Ses.Operations;

/// <summary>
/// A successful AWS Query answer: the <c>{Action}Result</c> element (null when SES sent none, as for
/// operations without output members) and the request id from <c>ResponseMetadata</c>.
/// </summary>
internal sealed record SesQueryResult(XElement? Result, string RequestId);
