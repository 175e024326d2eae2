using SesConsole.LocalSes.Protocol;

namespace SesConsole.LocalSes.Signing;

/// <summary>The outcome of checking one request's SigV4 signature.</summary>
public abstract record SigV4Result
{
    private SigV4Result()
    {
    }

    /// <summary>The signature is valid; <see cref="Region"/> and <see cref="Service"/> are those of the credential scope.</summary>
    public sealed record Verified(string AccessKeyId, string Region, string Service = "ses") : SigV4Result;

    /// <summary>The request is refused with the SES error a real endpoint would give.</summary>
    public sealed record Rejected(SesError Error) : SigV4Result;
}
