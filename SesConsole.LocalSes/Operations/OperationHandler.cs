using System.Xml.Linq;

namespace SesConsole.LocalSes.Operations;

/// <summary>One SES operation: reads the context, returns the children of its <c>{Op}Result</c> element.</summary>
internal delegate Task<IReadOnlyList<XElement>> OperationHandler(OperationContext context, CancellationToken ct);
