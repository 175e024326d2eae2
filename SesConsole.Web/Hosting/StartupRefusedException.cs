namespace SesConsole.Web.Hosting;

/// <summary>
/// The app refuses to start because of one setting; the message names the setting and what to do. Program prints
/// just this line and exits non-zero, since a stack trace adds nothing an operator can act on.
/// </summary>
public sealed class StartupRefusedException(string message) : InvalidOperationException(message);
