namespace SesConsole.Core.Policies;

/// <summary>What a statement does for its principals.</summary>
public enum PolicyEffect
{
    Allow,
    Deny,
}
