using Microsoft.Extensions.Options;

namespace SesConsole.Core.Dns;

internal sealed class DnsCheckOptionsValidator : IValidateOptions<DnsCheckOptions>
{
    public ValidateOptionsResult Validate(string? name, DnsCheckOptions options)
    {
        var errors = new List<string>();
        foreach (var server in options.Servers)
        {
            if (!DnsServerAddress.TryParse(server, out _))
            {
                errors.Add($"{DnsCheckOptions.SectionName}:{nameof(DnsCheckOptions.Servers)} entry '{server}' is not an IP address or IP:port.");
            }
        }

        if (options.Timeout <= TimeSpan.Zero || options.Timeout > TimeSpan.FromSeconds(60))
        {
            errors.Add($"{DnsCheckOptions.SectionName}:{nameof(DnsCheckOptions.Timeout)} must be between 0 and 60 seconds, not {options.Timeout}.");
        }

        if (options.Retries is < 0 or > 5)
        {
            errors.Add($"{DnsCheckOptions.SectionName}:{nameof(DnsCheckOptions.Retries)} must be between 0 and 5, not {options.Retries}.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
