namespace SesConsole.Core.Ses.Operations;

/// <summary>An answer that parsed as XML but does not have the shape the model defines.</summary>
internal sealed class SesResponseFormatException(string message) : Exception(message);
