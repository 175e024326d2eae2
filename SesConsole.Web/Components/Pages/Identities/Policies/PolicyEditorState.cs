using System.Text.RegularExpressions;
using SesConsole.Core.Identities;
using SesConsole.Core.Policies;

namespace SesConsole.Web.Components.Pages.Identities.Policies;

/// <summary>The policy editor's two tabs; the values are the tab panels' indexes.</summary>
public enum PolicyEditorTab
{
    Generator = 0,
    Json = 1,
}

/// <summary>What a save sends: the policy's name and the document of the tab that was open.</summary>
public sealed record PolicySave(bool IsNew, string Name, string Document);

/// <summary>
/// The policy editor as a form state machine, with no component in it: the generator's draft and the hand-written
/// JSON, which tab is open, what the operator has touched, what SES refused and whether a save is under way.
/// Whichever tab is open when saving decides what is sent. <see cref="PolicyEditorDialog"/> binds to it.
/// </summary>
public sealed class PolicyEditorState
{
    private const string NoAccountIdYet = "Enter the AWS account id first, so the generator knows this identity's ARN.";

    private readonly IPolicyRules _rules;
    private readonly IReadOnlyList<string> _existingNames;
    private readonly IdentityPolicy? _policy;
    private bool _jsonEdited;
    private bool _nameTouched;
    private bool _accountTouched;
    private Failure? _jsonCheck;
    private string? _serverNameError;

    /// <summary>Opens the editor on <paramref name="policy"/>, or on a new policy when it is null. A stored policy the
    /// generator cannot show opens on the JSON tab with a notice saying why.</summary>
    public PolicyEditorState(IPolicyRules rules, string region, string identity, IReadOnlyList<string> existingNames, IdentityPolicy? policy)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _rules = rules;
        _existingNames = existingNames ?? [];
        _policy = policy;
        Region = region;
        Identity = identity;
        ConfiguredArn = rules.IdentityArn(region, identity);
        if (policy is null)
        {
            Revalidate();
            Json = GeneratedJson;
            CheckJson();
            return;
        }

        Name = policy.Name;
        if (ConfiguredArn is null)
        {
            AccountId = AccountIn(policy.Document, region, identity);
        }

        var parse = Arn is { } arn
            ? SendingPolicyParser.Parse(policy.Name, policy.Document, arn)
            : new PolicyDraftParse(null, "Its Resource does not name this identity's ARN.");
        if (parse.Draft is { } draft)
        {
            Form = new PolicyForm(draft);
            Revalidate();
            Json = GeneratedJson;
        }
        else
        {
            Form.Draft.Name = policy.Name;
            Revalidate();
            Json = PolicyJson.Pretty(policy.Document);
            _jsonEdited = true;
            Tab = PolicyEditorTab.Json;
            JsonNotice = $"This policy opens as JSON because the generator cannot show all of it: {parse.Reason}";
        }

        CheckJson();
    }

    public string Region { get; }

    public string Identity { get; }

    public bool IsNew => _policy is null;

    /// <summary>The ARN from the configured account id; null when none is configured and the operator must give one.</summary>
    public string? ConfiguredArn { get; }

    public PolicyForm Form { get; private set; } = new(SendingPolicyDraft.CreateDefault());

    /// <summary>The new policy's name as typed, or the edited policy's name.</summary>
    public string Name { get; private set; } = string.Empty;

    public string? AccountId { get; private set; }

    public PolicyEditorTab Tab { get; private set; } = PolicyEditorTab.Generator;

    /// <summary>The JSON tab's document.</summary>
    public string Json { get; private set; } = string.Empty;

    public string? JsonNotice { get; private set; }

    public string? GeneratorNotice { get; private set; }

    /// <summary>True once a save was tried: every problem is shown from then on.</summary>
    public bool Submitted { get; private set; }

    public bool Saving { get; private set; }

    /// <summary>SES's (or Core's) refusal of the document at the last save.</summary>
    public string? ServerDocumentError { get; private set; }

    /// <summary>The last save's failure that belongs to no field.</summary>
    public Failure? Failure { get; private set; }

    public string? Arn => ConfiguredArn ?? _rules.IdentityArn(Region, Identity, AccountId);

    /// <summary>The ARN with <c>&lt;account-id&gt;</c> while the operator has not given one; the partition rules stay in Core.</summary>
    public string ArnOrPlaceholder =>
        Arn ?? _rules.IdentityArn(Region, Identity, "000000000000")!.Replace(":000000000000:", ":<account-id>:", StringComparison.Ordinal);

    public string GeneratedJson => SendingPolicyGenerator.ToJson(Form.Draft, ArnOrPlaceholder);

    public string? NameError =>
        !IsNew ? null
        : _serverNameError ?? (_nameTouched || Submitted ? _rules.CheckNewPolicyName(_existingNames, Name).Error : null);

    public string? AccountError =>
        ConfiguredArn is null && Arn is null && (_accountTouched || (Submitted && Tab == PolicyEditorTab.Generator))
            ? "Enter the 12-digit AWS account id that owns this identity; the generator needs it for the Resource ARN."
            : null;

    public string? JsonError =>
        ServerDocumentError is not null && Tab == PolicyEditorTab.Json ? ServerDocumentError : _jsonCheck?.Message;

    public bool HasBlockingProblems =>
        NameError is not null
        || (Tab == PolicyEditorTab.Generator ? AccountError is not null || Form.HasProblems : JsonError is not null);

    public void ChangeName(string? value)
    {
        Name = value ?? string.Empty;
        _nameTouched = true;
        _serverNameError = null;
        Failure = null;
        Revalidate();
    }

    public void ChangeAccountId(string? value)
    {
        AccountId = value?.Trim();
        _accountTouched = true;
        Revalidate();
    }

    /// <summary>The generator's draft was changed in place (by a statement editor).</summary>
    public void DraftChanged()
    {
        ServerDocumentError = null;
        Failure = null;
        Revalidate();
    }

    public void AddStatement()
    {
        Form.Draft.AddStatement();
        DraftChanged();
    }

    public void RemoveStatement(int index)
    {
        Form.Draft.Statements.RemoveAt(index);
        DraftChanged();
    }

    public void ChangeJson(string? value)
    {
        Json = value ?? string.Empty;
        _jsonEdited = true;
        ServerDocumentError = null;
        Failure = null;
        CheckJson();
    }

    /// <summary>Throws away the hand-written JSON: the JSON tab shows the generator's document again.</summary>
    public void ResetJson()
    {
        Json = GeneratedJson;
        _jsonEdited = false;
        JsonNotice = null;
        ServerDocumentError = null;
        CheckJson();
    }

    /// <summary>The JSON tab opens on the generator's document until it is edited; the generator takes edited JSON
    /// back when it can show it, and says why not when it cannot (the JSON is kept).</summary>
    public void ChangeTab(PolicyEditorTab tab)
    {
        if (tab == PolicyEditorTab.Json && !_jsonEdited)
        {
            Json = GeneratedJson;
            CheckJson();
        }
        else if (tab == PolicyEditorTab.Generator && _jsonEdited)
        {
            TakeJsonIntoGenerator();
        }

        Tab = tab;
        ServerDocumentError = null;
        Failure = null;
    }

    /// <summary>Starts a save: shows every problem and returns what to send, or null when a problem blocks the save
    /// or a save is already under way. Every non-null result is followed by <see cref="EndSave"/>.</summary>
    public PolicySave? BeginSave()
    {
        if (Saving)
        {
            return null;
        }

        Submitted = true;
        Form.Submitted = true;
        Failure = null;
        _serverNameError = null;
        ServerDocumentError = null;
        Revalidate();
        CheckJson();
        if (HasBlockingProblems)
        {
            return null;
        }

        Saving = true;
        return new PolicySave(IsNew, IsNew ? Name : _policy!.Name, Tab == PolicyEditorTab.Generator ? GeneratedJson : Json);
    }

    /// <summary>Ends a save: a failure is shown at the field it names (the new name, the document) or else on its own.</summary>
    public void EndSave(Failure? failure)
    {
        Saving = false;
        if (failure is null)
        {
            return;
        }

        if (failure is { Kind: FailureKind.InvalidInput, Field: "policyName" } && IsNew)
        {
            _serverNameError = failure.Message;
        }
        else if (failure is { Kind: FailureKind.InvalidInput, Field: "policyDocument" })
        {
            ServerDocumentError = failure.Message;
        }
        else
        {
            Failure = failure;
        }
    }

    private void TakeJsonIntoGenerator()
    {
        var parse = Arn is { } arn
            ? SendingPolicyParser.Parse(Name, Json, arn)
            : new PolicyDraftParse(null, NoAccountIdYet);
        if (parse.Draft is { } draft)
        {
            Form = new PolicyForm(draft);
            _jsonEdited = false;
            GeneratorNotice = null;
            JsonNotice = null;
            Revalidate();
        }
        else
        {
            GeneratorNotice =
                $"The generator cannot show your JSON: {parse.Reason} Saving from this tab saves the policy below; your JSON stays in the JSON tab.";
        }
    }

    private void Revalidate()
    {
        Form.Draft.Name = Name;
        Form.Revalidate(ArnOrPlaceholder);
    }

    private void CheckJson() => _jsonCheck = _rules.CheckDocument(Region, Identity, Json);

    /// <summary>The account id in a stored policy's Resource for this identity, when none is configured.</summary>
    private static string? AccountIn(string document, string region, string identity)
    {
        var match = Regex.Match(document, $@"arn:[a-z-]+:ses:{Regex.Escape(region)}:(?<account>[0-9]{{12}}):identity/{Regex.Escape(identity)}""",
            RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return match.Success ? match.Groups["account"].Value : null;
    }
}
