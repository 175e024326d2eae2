namespace SesConsole.LocalSes.Protocol;

/// <summary>Raised by an operation to answer with an SES error instead of a result.</summary>
internal sealed class SesErrorException(SesError error) : Exception(error.Message)
{
    public SesError Error { get; } = error;
}
