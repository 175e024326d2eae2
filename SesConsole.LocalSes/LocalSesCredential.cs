namespace SesConsole.LocalSes;

/// <summary>One access key LocalSes accepts signatures from.</summary>
public sealed class LocalSesCredential
{
    public string AccessKeyId { get; set; } = string.Empty;

    public string SecretAccessKey { get; set; } = string.Empty;

    /// <summary>
    /// SES actions this key is refused (<c>ses:DeleteIdentity</c> or <c>DeleteIdentity</c>), answered as SES answers an
    /// IAM policy that lacks them: <c>AccessDenied</c>, HTTP 403. Lets a read-only deployment be tried locally.
    /// </summary>
    public List<string> DeniedActions { get; set; } = [];
}
