using System.ComponentModel.DataAnnotations;

namespace SesConsole.Core.Configuration;

public enum SesMode
{
    /// <summary>Real Amazon SES through the AWS default credential chain.</summary>
    Aws,
    /// <summary>The embedded SesConsole.LocalSes endpoint at <see cref="SesOptions.ServiceUrl"/>.</summary>
    Local,
}

/// <summary>The <c>Ses</c> configuration section.</summary>
public sealed class SesOptions
{
    public const string SectionName = "Ses";

    public SesMode Mode { get; set; } = SesMode.Aws;

    /// <summary>Regions an operator may switch between; the first is the default.</summary>
    [Required, MinLength(1)]
    public List<string> Regions { get; set; } = [];

    /// <summary>An endpoint that replaces SES's (LocalSes); requests are then signed for the chosen region.</summary>
    public string? ServiceUrl { get; set; }

    /// <summary>A shared-config profile to take credentials from, instead of the default chain.</summary>
    public string? Profile { get; set; }

    /// <summary>Only for the local endpoint's documented fake keys; real AWS keys never go in configuration files.</summary>
    public string? AccessKeyId { get; set; }

    public string? SecretAccessKey { get; set; }

    /// <summary>The AWS account id used to build identity ARNs (policies' Resource).</summary>
    public string? AccountId { get; set; }

    /// <summary>SES allows about 1 request per second per operation; the client keeps to it.</summary>
    [Range(0.1, 1000)]
    public double RequestsPerSecondPerOperation { get; set; } = 1;

    /// <summary>The most of that rate background work (the identity index's sync) may spend per operation; an
    /// operator's waiting request always goes before the sync's next one.</summary>
    [Range(0.01, 1)]
    public double BackgroundShare { get; set; } = 0.5;
}
