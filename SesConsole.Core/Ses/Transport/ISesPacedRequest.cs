namespace SesConsole.Core.Ses.Transport;

/// <summary>A request that takes a turn at the pacer under its operation's name.</summary>
internal interface ISesPacedRequest
{
    string Action { get; }
}
