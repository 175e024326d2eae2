using SesConsole.Core.Policies;

namespace SesConsole.Web.Components.Pages.Identities.Policies;

/// <summary>
/// The generator's draft with its current problems, and which of them to show: a problem appears once its input
/// was changed or a save was tried, so a fresh form does not open covered in errors.
/// </summary>
public sealed class PolicyForm(SendingPolicyDraft draft)
{
    private readonly HashSet<string> _touched = new(StringComparer.Ordinal);

    public SendingPolicyDraft Draft { get; } = draft;

    /// <summary>The validator's problems except the name's, which the dialog checks itself (it also knows taken names).</summary>
    public IReadOnlyList<PolicyDraftProblem> Problems { get; private set; } = [];

    public bool Submitted { get; set; }

    public bool HasProblems => Problems.Count > 0;

    public void Revalidate(string identityArn) =>
        Problems = SendingPolicyValidator.Validate(Draft, identityArn).Where(p => p.Field != "Name").ToList();

    /// <summary>Marks an input (and everything inside it) as changed by the operator.</summary>
    public void Touch(string field) => _touched.Add(field);

    /// <summary>Visible messages for exactly this field.</summary>
    public IReadOnlyList<string> MessagesAt(string field) =>
        Problems.Where(p => p.Field == field && IsVisible(p.Field)).Select(p => p.Message).ToList();

    /// <summary>Visible messages for this field and its items (<c>Principals</c> and <c>Principals[2]</c>).</summary>
    public IReadOnlyList<string> MessagesUnder(string field) =>
        Problems.Where(p => IsWithin(p.Field, field) && IsVisible(p.Field)).Select(p => p.Message).ToList();

    public bool HasProblemAt(string field) => MessagesAt(field).Count > 0;

    private bool IsVisible(string field) => Submitted || _touched.Any(t => IsWithin(field, t));

    private static bool IsWithin(string field, string prefix) =>
        field == prefix
        || (field.StartsWith(prefix, StringComparison.Ordinal) && field.Length > prefix.Length && field[prefix.Length] is '[' or '.');
}
