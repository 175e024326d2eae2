namespace SesConsole.Web.Security;

/// <summary>The Entra app roles SesConsole knows; a person needs one of them to see anything.</summary>
public static class AppRoles
{
    public const string Admin = "SesConsole.Admin";
    public const string Viewer = "SesConsole.Viewer";

    /// <summary>The policy name of the fallback policy: signed in and holding Admin or Viewer.</summary>
    public const string OperatorPolicy = "SesConsoleOperator";
}
