namespace SesConsole.Core.Policies;

/// <summary>The result of reading a stored policy back into the generator.</summary>
/// <param name="Draft">The draft, when the document has the generator's shape: open the generator.</param>
/// <param name="Reason">Why it does not, in one sentence: open the JSON tab and show this.</param>
public sealed record PolicyDraftParse(SendingPolicyDraft? Draft, string? Reason)
{
    public bool FitsGenerator => Draft is not null;
}
