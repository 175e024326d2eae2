using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using SesConsole.Core.Identities;
using SesConsole.Core.Policies;

namespace SesConsole.Web.Components.Pages.Identities.Policies;

/// <summary>
/// Creates or edits one policy, either through the generator (statements as form fields, JSON previewed live) or
/// as a hand-written document. Whichever tab is open when saving decides what is sent.
/// </summary>
public partial class PolicyEditorDialog : IDisposable
{
    private const int GeneratorTab = 0;
    private const int JsonTab = 1;
    private const int MaxDocumentBytes = 4096;

    private readonly CancellationTokenSource _lifetime = new();
    private PolicyForm _form = new(SendingPolicyDraft.CreateDefault());
    private string? _configuredArn;
    private string _name = string.Empty;
    private string? _accountId;
    private int _tab = GeneratorTab;
    private string _json = string.Empty;
    private bool _jsonEdited;
    private Failure? _jsonCheck;
    private string? _jsonNotice;
    private string? _generatorNotice;
    private bool _nameTouched;
    private bool _accountTouched;
    private bool _submitted;
    private bool _saving;
    private string? _serverNameError;
    private string? _serverDocumentError;
    private Failure? _failure;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    [Parameter, EditorRequired]
    public string Region { get; set; } = string.Empty;

    [Parameter, EditorRequired]
    public string Identity { get; set; } = string.Empty;

    /// <summary>The identity's current policy names: a new policy may not take one of them.</summary>
    [Parameter]
    public IReadOnlyList<string> ExistingNames { get; set; } = [];

    /// <summary>The policy to edit; null to create one.</summary>
    [Parameter]
    public IdentityPolicy? Policy { get; set; }

    private bool IsNew => Policy is null;

    private string? Arn => _configuredArn ?? Rules.IdentityArn(Region, Identity, _accountId);

    /// <summary>The ARN with <c>&lt;account-id&gt;</c> while the operator has not given one; the partition rules stay in Core.</summary>
    private string ArnOrPlaceholder =>
        Arn ?? Rules.IdentityArn(Region, Identity, "000000000000")!.Replace(":000000000000:", ":<account-id>:", StringComparison.Ordinal);

    private string GeneratedJson => SendingPolicyGenerator.ToJson(_form.Draft, ArnOrPlaceholder);

    private string? NameError =>
        !IsNew ? null
        : _serverNameError ?? (_nameTouched || _submitted ? Rules.CheckNewPolicyName(ExistingNames, _name).Error : null);

    private string? AccountError =>
        _configuredArn is null && Arn is null && (_accountTouched || (_submitted && _tab == GeneratorTab))
            ? "Enter the 12-digit AWS account id that owns this identity; the generator needs it for the Resource ARN."
            : null;

    private string? JsonError => _serverDocumentError is not null && _tab == JsonTab ? _serverDocumentError : _jsonCheck?.Message;

    private bool HasBlockingProblems =>
        NameError is not null
        || (_tab == GeneratorTab ? AccountError is not null || _form.HasProblems : JsonError is not null);

    protected override void OnInitialized()
    {
        _configuredArn = Rules.IdentityArn(Region, Identity);
        if (Policy is null)
        {
            Revalidate();
            _json = GeneratedJson;
            CheckJson();
            return;
        }

        _name = Policy.Name;
        if (_configuredArn is null)
        {
            _accountId = AccountIn(Policy.Document, Region, Identity);
        }

        var parse = Arn is { } arn
            ? SendingPolicyParser.Parse(Policy.Name, Policy.Document, arn)
            : new PolicyDraftParse(null, "Its Resource does not name this identity's ARN.");
        if (parse.Draft is { } draft)
        {
            _form = new PolicyForm(draft);
            Revalidate();
            _json = GeneratedJson;
        }
        else
        {
            _form.Draft.Name = Policy.Name;
            Revalidate();
            _json = PolicyJson.Pretty(Policy.Document);
            _jsonEdited = true;
            _tab = JsonTab;
            _jsonNotice = $"This policy opens as JSON because the generator cannot show all of it: {parse.Reason}";
        }

        CheckJson();
    }

    private void OnNameChanged(string? value)
    {
        _name = value ?? string.Empty;
        _nameTouched = true;
        _serverNameError = null;
        _failure = null;
        Revalidate();
    }

    private void OnAccountIdChanged(string? value)
    {
        _accountId = value?.Trim();
        _accountTouched = true;
        Revalidate();
    }

    private void OnDraftChanged()
    {
        _serverDocumentError = null;
        _failure = null;
        Revalidate();
    }

    private void AddStatement()
    {
        _form.Draft.AddStatement();
        OnDraftChanged();
    }

    private void RemoveStatement(int index)
    {
        _form.Draft.Statements.RemoveAt(index);
        OnDraftChanged();
    }

    private void OnJsonChanged(string? value)
    {
        _json = value ?? string.Empty;
        _jsonEdited = true;
        _serverDocumentError = null;
        _failure = null;
        CheckJson();
    }

    private void ResetJson()
    {
        _json = GeneratedJson;
        _jsonEdited = false;
        _jsonNotice = null;
        _serverDocumentError = null;
        CheckJson();
    }

    private void OnTabChanged(int index)
    {
        if (index == JsonTab && !_jsonEdited)
        {
            _json = GeneratedJson;
            CheckJson();
        }
        else if (index == GeneratorTab && _jsonEdited)
        {
            TakeJsonIntoGenerator();
        }

        _tab = index;
        _serverDocumentError = null;
        _failure = null;
    }

    private void TakeJsonIntoGenerator()
    {
        var parse = Arn is { } arn
            ? SendingPolicyParser.Parse(_name, _json, arn)
            : new PolicyDraftParse(null, "Enter the AWS account id first, so the generator knows this identity's ARN.");
        if (parse.Draft is { } draft)
        {
            _form = new PolicyForm(draft);
            _jsonEdited = false;
            _generatorNotice = null;
            _jsonNotice = null;
            Revalidate();
        }
        else
        {
            _generatorNotice =
                $"The generator cannot show your JSON: {parse.Reason} Saving from this tab saves the policy below; your JSON stays in the JSON tab.";
        }
    }

    private async Task SaveAsync()
    {
        if (_saving)
        {
            return;
        }

        _submitted = true;
        _form.Submitted = true;
        _failure = null;
        _serverNameError = null;
        _serverDocumentError = null;
        Revalidate();
        CheckJson();
        if (HasBlockingProblems)
        {
            return;
        }

        var document = _tab == GeneratorTab ? GeneratedJson : _json;
        var name = IsNew ? _name : Policy!.Name;
        _saving = true;
        try
        {
            var outcome = IsNew
                ? await Policies.CreatePolicyAsync(Region, Identity, name, document, _lifetime.Token)
                : await Policies.PutPolicyAsync(Region, Identity, name, document, _lifetime.Token);
            if (outcome.Succeeded)
            {
                Dialog.Close(DialogResult.Ok(name));
                return;
            }

            ShowFailure(outcome.Failure);
        }
        finally
        {
            _saving = false;
        }
    }

    private void ShowFailure(Failure failure)
    {
        if (failure is { Kind: FailureKind.InvalidInput, Field: "policyName" } && IsNew)
        {
            _serverNameError = failure.Message;
        }
        else if (failure is { Kind: FailureKind.InvalidInput, Field: "policyDocument" })
        {
            _serverDocumentError = failure.Message;
        }
        else
        {
            _failure = failure;
        }
    }

    private void Revalidate()
    {
        _form.Draft.Name = _name;
        _form.Revalidate(ArnOrPlaceholder);
    }

    private void CheckJson() => _jsonCheck = Rules.CheckDocument(Region, Identity, _json);

    private static string SizeText(string json) =>
        string.Create(CultureInfo.InvariantCulture, $"{PolicyJson.Bytes(json):N0} of {MaxDocumentBytes:N0} bytes");

    /// <summary>The account id in a stored policy's Resource for this identity, when none is configured.</summary>
    private static string? AccountIn(string document, string region, string identity)
    {
        var match = Regex.Match(document, $@"arn:[a-z-]+:ses:{Regex.Escape(region)}:(?<account>[0-9]{{12}}):identity/{Regex.Escape(identity)}""",
            RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        return match.Success ? match.Groups["account"].Value : null;
    }

    private void Cancel() => Dialog.Cancel();

    public void Dispose()
    {
        _lifetime.Cancel();
        _lifetime.Dispose();
    }
}
