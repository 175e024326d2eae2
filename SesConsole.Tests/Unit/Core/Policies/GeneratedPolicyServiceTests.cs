using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging;
using SesConsole.Core.Configuration;
using SesConsole.Core.Identities;
using SesConsole.Core.Index;
using SesConsole.Core.Operators;
using SesConsole.Core.Policies;
using SesConsole.Core.Ses.Listing;
using SesConsole.Core.Ses;
using SesConsole.Tests.Support;
using SesConsole.Tests.Support.Identities;
using static SesConsole.Tests.Unit.Core.Policies.PolicyTestData;

namespace SesConsole.Tests.Unit.Core.Policies;

/// <summary>Generated policies against the identity service's rules and the in-memory SES.</summary>
[Trait("Category", "Unit")]
public class GeneratedPolicyServiceTests
{
    private readonly IdentityServiceHarness harness = new();
    private readonly ConfiguredPolicyRules drafts;

    public GeneratedPolicyServiceTests()
    {
        harness.Sdk.Seed(Identity);
        drafts = new ConfiguredPolicyRules(harness.Options);
    }

    [Fact]
    public async Task GeneratedPolicyPassesTheServiceRulesAndIsStoredAsPreviewed()
    {
        var draft = RichDraft();
        var arn = drafts.IdentityArn(IdentityServiceHarness.Region, Identity)!;
        var json = SendingPolicyGenerator.ToJson(draft, arn);

        Assert.Empty(SendingPolicyValidator.Validate(draft, arn));
        Assert.Null(drafts.CheckDocument(IdentityServiceHarness.Region, Identity, json));
        var outcome = await harness.Service.Policies.PutPolicyAsync(IdentityServiceHarness.Region, Identity, draft.Name, json, CancellationToken.None);

        Assert.True(outcome.Succeeded, outcome.Failure?.Message);
        Assert.Equal(json, harness.Sdk.PoliciesOf(Identity)[draft.Name]);
    }

    [Fact]
    public void IdentityArnUsesTheConfiguredAccount()
    {
        Assert.Equal(Arn, drafts.IdentityArn(IdentityServiceHarness.Region, Identity, accountId: "999999999999"));
    }

    [Theory]
    [InlineData("444455556666", "arn:aws:ses:us-east-1:444455556666:identity/example.com")]
    [InlineData("4444", null)]
    [InlineData(null, null)]
    public void WithoutAConfiguredAccountTheArnNeedsAGivenAccountId(string? accountId, string? expected)
    {
        var unconfigured = new IdentityServiceHarness(accountId: null);
        var tools = new ConfiguredPolicyRules(unconfigured.Options);

        Assert.Equal(expected, tools.IdentityArn(IdentityServiceHarness.Region, Identity, accountId));
    }

    [Fact]
    public void CheckDocumentGivesTheSameRefusalAsAPutWithoutCallingSes()
    {
        var failure = drafts.CheckDocument(IdentityServiceHarness.Region, Identity,
            $"{{\"Version\":\"2012-10-17\",\"Statement\":[{{\"Effect\":\"Allow\",\"Resource\":\"{Arn}\",\"Principal\":{{\"AWS\":\"12345\"}},\"Action\":\"ses:SendEmail\"}}]}}");

        Assert.Equal(FailureKind.InvalidInput, failure!.Kind);
        Assert.StartsWith("Statement 1, principal 1: \"12345\"", failure.Message, StringComparison.Ordinal);
        Assert.Equal(0, harness.Ses.TotalCalls);
    }

    [Fact]
    public async Task CreatingAPolicyWithAFreeNameStoresIt()
    {
        harness.Sdk.SeedPolicy(Identity, "Existing", SendingPolicyGenerator.ToJson(ValidDraft("Existing"), Arn));
        var json = SendingPolicyGenerator.ToJson(ValidDraft("New"), Arn);

        var outcome = await harness.Service.Policies.CreatePolicyAsync(IdentityServiceHarness.Region, Identity, "New", json, CancellationToken.None);

        Assert.True(outcome.Succeeded, outcome.Failure?.Message);
        Assert.Equal(["Existing", "New"], harness.Sdk.PoliciesOf(Identity).Keys.Order(StringComparer.Ordinal));
        Assert.Equal(AuditOutcome.Succeeded, Assert.Single(harness.Audit.Entries).Outcome);
    }

    [Fact]
    public async Task CreatingAPolicyWithATakenNameIsRefusedAndLeavesTheOtherPolicyAlone()
    {
        var theirs = SendingPolicyGenerator.ToJson(ValidDraft("Partner"), Arn);
        harness.Sdk.SeedPolicy(Identity, "Partner", theirs);
        var mine = RichDraft();

        var outcome = await harness.Service.Policies.CreatePolicyAsync(
            IdentityServiceHarness.Region, Identity, "Partner", SendingPolicyGenerator.ToJson(mine, Arn), CancellationToken.None);

        Assert.Equal(FailureKind.InvalidInput, outcome.Failure!.Kind);
        Assert.Equal("policyName", outcome.Failure.Field);
        Assert.Equal("This identity already has a policy named Partner; choose another name, or edit that policy to change it.", outcome.Failure.Message);
        Assert.Equal(0, harness.Sdk.Calls("PutIdentityPolicy"));
        Assert.Equal(theirs, harness.Sdk.PoliciesOf(Identity)["Partner"]);
        var entry = Assert.Single(harness.Audit.Entries);
        Assert.Equal(AuditOutcome.Refused, entry.Outcome);
        Assert.Equal(AuditActions.PutPolicy, entry.Action);
    }

    [Fact]
    public async Task PutStillReplacesAPolicyOfTheSameName()
    {
        harness.Sdk.SeedPolicy(Identity, "Partner", SendingPolicyGenerator.ToJson(ValidDraft("Partner"), Arn));
        var replacement = SendingPolicyGenerator.ToJson(RichDraft(), Arn);

        var outcome = await harness.Service.Policies.PutPolicyAsync(IdentityServiceHarness.Region, Identity, "Partner", replacement, CancellationToken.None);

        Assert.True(outcome.Succeeded, outcome.Failure?.Message);
        Assert.Equal(replacement, harness.Sdk.PoliciesOf(Identity)["Partner"]);
    }

    [Fact]
    public async Task AddPolicyToolsResolvesRulesAndPoliciesThatCreateThroughTheScopedOperator()
    {
        var ses = new InMemorySesFactory();
        ses[IdentityServiceHarness.Region].Seed(Identity);
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddOptions<SesOptions>().Configure(o =>
        {
            o.Regions = [IdentityServiceHarness.Region];
            o.AccountId = IdentityServiceHarness.AccountId;
        });
        services.AddSingleton<ISesClientFactory>(ses);
        services.AddSingleton<IAuditTrail, RecordingAuditTrail>();
        services.AddScoped<ICurrentOperator, SettableCurrentOperator>();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddSingleton<ISesV2ClientFactory>(new RefusingSesV2Factory());
        services.AddSingleton<IIdentityListingReader, IdentityListingReader>();
        using var index = new IndexDatabase();
        services.AddSingleton<IIdentityIndex>(index.Index);
        services.AddIdentityService();
        services.AddPolicyTools();
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        await using var scope = provider.CreateAsyncScope();

        var rules = scope.ServiceProvider.GetRequiredService<IPolicyRules>();
        var arn = rules.IdentityArn(IdentityServiceHarness.Region, Identity)!;
        var outcome = await scope.ServiceProvider.GetRequiredService<IIdentityPolicies>().CreatePolicyAsync(
            IdentityServiceHarness.Region, Identity, "p", SendingPolicyGenerator.ToJson(ValidDraft("p"), arn), CancellationToken.None);

        Assert.True(outcome.Succeeded, outcome.Failure?.Message);
        Assert.Single(ses[IdentityServiceHarness.Region].PoliciesOf(Identity));
    }

    private static SendingPolicyDraft RichDraft()
    {
        var draft = ValidDraft("Partners");
        var statement = draft.Statements[0];
        statement.Principals.Add("arn:aws:iam::444455556666:user/Jane");
        statement.Principals.Add("arn:aws:iam::444455556666:role/mailer");
        statement.SetAction(SendingAction.SendTemplatedEmail, true);
        statement.Conditions.Add(new() { Operator = "StringLike", Key = "ses:FromAddress", Values = ["news+*@example.com"] });
        statement.Conditions.Add(new() { Operator = "IpAddress", Key = "aws:SourceIp", Values = ["203.0.113.0/24"] });
        var deny = draft.AddStatement();
        deny.Effect = PolicyEffect.Deny;
        deny.Principals.Add("arn:aws:iam::444455556666:user/intern");
        return draft;
    }
}
