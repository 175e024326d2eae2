namespace SesConsole.LocalSes;

/// <summary>One access key LocalSes accepts signatures from.</summary>
public sealed class LocalSesCredential
{
    public string AccessKeyId { get; set; } = string.Empty;

    public string SecretAccessKey { get; set; } = string.Empty;
}
