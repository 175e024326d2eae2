namespace SesConsole.Core.Policies;

/// <summary>Checks one principal as an operator types it into the generator, before it joins a statement.</summary>
public static class PrincipalInput
{
    /// <param name="value">What was typed; surrounding spaces are ignored.</param>
    /// <param name="existing">The statement's principals so far.</param>
    /// <returns>One sentence saying what to change, or null when the principal can be added.</returns>
    public static string? Check(string? value, IEnumerable<string> existing)
    {
        ArgumentNullException.ThrowIfNull(existing);
        var principal = value?.Trim() ?? string.Empty;
        if (principal.Length == 0)
        {
            return $"Enter a 12-digit AWS account id or an IAM ARN such as {PrincipalFormat.Example}.";
        }

        if (principal == PrincipalFormat.Everyone)
        {
            return "'*' would let every AWS account send as this identity; enter an account id or an IAM ARN instead.";
        }

        if (!PrincipalFormat.IsNamedAwsPrincipal(principal))
        {
            return $"'{principal}' is not a 12-digit AWS account id or an IAM ARN such as {PrincipalFormat.Example}.";
        }

        return existing.Any(p => string.Equals(p?.Trim(), principal, StringComparison.Ordinal))
            ? $"{principal} is already in this statement."
            : null;
    }
}
