using Microsoft.Extensions.Options;

namespace SesConsole.Web.Hosting;

/// <summary>Turns a refusal to start into one line naming the setting; any other exception stays unexplained.</summary>
public static class StartupRefusals
{
    public const int ExitCode = 2;

    /// <summary>The one line to print for <paramref name="exception"/>, or null when it is not a refusal.</summary>
    public static string? Describe(Exception exception) => exception switch
    {
        StartupRefusedException refused => refused.Message,
        OptionsValidationException invalid => string.Join(" ", invalid.Failures),
        AggregateException aggregate when aggregate.InnerExceptions.All(e => Describe(e) is not null) =>
            string.Join(" ", aggregate.InnerExceptions.Select(e => Describe(e))),
        _ => null,
    };
}
