using SesConsole.Core.Ses;

namespace SesConsole.Web.Components.Shared;

/// <summary>
/// The longest value each input takes (its <c>maxlength</c>), so no keystroke or paste can build a hub message near
/// its limit. Limits SES sets come from <see cref="SesLimits"/>; these are the console's own.
/// </summary>
public static class InputLimits
{
    /// <summary>A search of identity names: longer than any name (320) would find nothing anyway.</summary>
    public const int IdentitySearch = 256;

    public const int PersonSearch = 256;

    /// <summary>An AWS account id is 12 digits; a little room for pasted spaces.</summary>
    public const int AccountId = 20;

    /// <summary>One principal: an IAM ARN is at most 2048 characters.</summary>
    public const int Principal = 2048;

    public const int ConditionKey = 128;

    public const int ConditionValues = 2048;

    public const int Days = 3;
}
