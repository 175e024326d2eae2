using System.Net;
using SesConsole.Core.Identities;
using SesConsole.Core.Operators;
using SesConsole.Core.Ses;
using SesConsole.Tests.Core.Identities.Support;

namespace SesConsole.Tests.Core.Identities;

public class PolicyRuleTests
{
    private const string Identity = "example.com";
    private const string Arn = "arn:aws:ses:us-east-1:123456789012:identity/example.com";
    private readonly IdentityServiceHarness harness = new();

    public PolicyRuleTests() => harness.Sdk.Seed(Identity, SesVerificationStatus.Success);

    public static TheoryData<string, string, string, string> BrokenPolicies => new()
    {
        { "", Policy(Arn), "policyName", "The policy name must be 1 to 64 characters of letters, digits, hyphens and underscores." },
        { new string('p', 65), Policy(Arn), "policyName", "The policy name must be 1 to 64 characters of letters, digits, hyphens and underscores." },
        { "has space", Policy(Arn), "policyName", "The policy name must be 1 to 64 characters of letters, digits, hyphens and underscores." },
        { "ok", "", "policyDocument", "The policy document is empty; paste a JSON policy." },
        { "ok", "{\"Version\": ", "policyDocument", "The policy document is not valid JSON (line 1, position 13)." },
        { "ok", Policy(Arn, padding: 4100), "policyDocument", "SES allows at most 4096 bytes, so shorten it." },
        { "ok", "[]", "policyDocument", "The policy document must be a JSON object with \"Version\" and \"Statement\"." },
        { "ok", Policy(Arn, version: "2008-10-17"), "policyDocument", "The policy's \"Version\" must be \"2012-10-17\"." },
        { "ok", "{\"Version\":\"2012-10-17\"}", "policyDocument", "The policy has no \"Statement\"; add at least one statement." },
        { "ok", "{\"Version\":\"2012-10-17\",\"Statement\":[]}", "policyDocument", "The policy's \"Statement\" is empty; add at least one statement." },
        { "ok", Policy(resource: null), "policyDocument", $"Statement 1 has no \"Resource\"; set it to \"{Arn}\"." },
        { "ok", Policy($"[\"{Arn}\",\"{Arn}\"]", raw: true), "policyDocument", $"Statement 1 must have exactly one \"Resource\", this identity's ARN \"{Arn}\"." },
        { "ok", Policy("arn:aws:ses:us-east-1:123456789012:identity/other.com"), "policyDocument", $"Statement 1's \"Resource\" is not this identity's ARN; set it to \"{Arn}\"." },
        { "ok", Policy("arn:aws:ses:eu-west-1:123456789012:identity/example.com"), "policyDocument", $"Statement 1's \"Resource\" is not this identity's ARN; set it to \"{Arn}\"." },
        { "ok", Policy("arn:aws:ses:us-east-1:999999999999:identity/example.com"), "policyDocument", $"Statement 1's \"Resource\" is not this identity's ARN; set it to \"{Arn}\"." },
    };

    [Theory]
    [MemberData(nameof(BrokenPolicies))]
    public async Task BrokenPolicyIsRefusedBeforeAnySesCall(string name, string document, string field, string message)
    {
        var outcome = await harness.Service.Policies.PutPolicyAsync(IdentityServiceHarness.Region, Identity, name, document, CancellationToken.None);

        Assert.Equal(FailureKind.InvalidInput, outcome.Failure!.Kind);
        Assert.Equal(field, outcome.Failure.Field);
        Assert.EndsWith(message, outcome.Failure.Message, StringComparison.Ordinal);
        Assert.Equal(0, harness.Ses.TotalCalls);
        var entry = Assert.Single(harness.Audit.Entries);
        Assert.Equal(AuditOutcome.Refused, entry.Outcome);
        Assert.Equal(AuditActions.PutPolicy, entry.Action);
    }

    [Fact]
    public async Task ValidPolicyIsSavedAndAudited()
    {
        var outcome = await harness.Service.Policies.PutPolicyAsync(IdentityServiceHarness.Region, Identity, "Allow_Marketing-1", Policy(Arn), CancellationToken.None);

        Assert.True(outcome.Succeeded, outcome.Failure?.Message);
        Assert.Equal(Policy(Arn), harness.Sdk.PoliciesOf(Identity)["Allow_Marketing-1"]);
        var entry = Assert.Single(harness.Audit.Entries);
        Assert.Equal(AuditOutcome.Succeeded, entry.Outcome);
        Assert.Equal(outcome.Value.RequestId, entry.SesRequestId);
        Assert.DoesNotContain("Statement", entry.Detail ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PolicyForAnIdentityInAnyAccountIsAcceptedWhenNoAccountIsConfigured()
    {
        var anyAccount = new IdentityServiceHarness(accountId: null);
        anyAccount.Sdk.Seed(Identity);

        var outcome = await anyAccount.Service.Policies.PutPolicyAsync(
            IdentityServiceHarness.Region, Identity, "p", Policy("arn:aws:ses:us-east-1:999999999999:identity/example.com"), CancellationToken.None);

        Assert.True(outcome.Succeeded, outcome.Failure?.Message);
    }

    [Theory]
    [InlineData("arn:aws:ses:eu-west-1:999999999999:identity/example.com")]
    [InlineData("arn:aws:ses:us-east-1:999999999999:identity/other.com")]
    [InlineData("arn:aws:ses:us-east-1:99999:identity/example.com")]
    public async Task WithoutAccountRegionAndIdentityMustStillMatch(string resource)
    {
        var anyAccount = new IdentityServiceHarness(accountId: null);
        anyAccount.Sdk.Seed(Identity);

        var outcome = await anyAccount.Service.Policies.PutPolicyAsync(
            IdentityServiceHarness.Region, Identity, "p", Policy(resource), CancellationToken.None);

        Assert.Equal(FailureKind.InvalidInput, outcome.Failure!.Kind);
        Assert.Equal(0, anyAccount.Ses.TotalCalls);
    }

    [Fact]
    public async Task PolicyOnAnUnverifiedIdentityIsRefusedWithoutPutting()
    {
        harness.Sdk.SetStatus(Identity, SesVerificationStatus.Pending);

        var outcome = await harness.Service.Policies.PutPolicyAsync(IdentityServiceHarness.Region, Identity, "p", Policy(Arn), CancellationToken.None);

        Assert.Equal(FailureKind.InvalidInput, outcome.Failure!.Kind);
        Assert.Equal("identity", outcome.Failure.Field);
        Assert.Contains("verified", outcome.Failure.Message, StringComparison.Ordinal);
        Assert.Equal(0, harness.Sdk.Calls("PutIdentityPolicy"));
        Assert.Equal(AuditOutcome.Refused, Assert.Single(harness.Audit.Entries).Outcome);
    }

    [Fact]
    public async Task TwentyFirstPolicyIsRefusedWithoutPutting()
    {
        SeedPolicies(20);

        var outcome = await harness.Service.Policies.PutPolicyAsync(IdentityServiceHarness.Region, Identity, "p20", Policy(Arn), CancellationToken.None);

        Assert.Equal(FailureKind.InvalidInput, outcome.Failure!.Kind);
        Assert.Equal("example.com already has 20 policies, the most SES allows; delete one or replace an existing policy.", outcome.Failure.Message);
        Assert.Equal(0, harness.Sdk.Calls("PutIdentityPolicy"));
    }

    [Fact]
    public async Task ReplacingAPolicyIsAllowedAtTheLimit()
    {
        SeedPolicies(20);

        var outcome = await harness.Service.Policies.PutPolicyAsync(IdentityServiceHarness.Region, Identity, "p7", Policy(Arn), CancellationToken.None);

        Assert.True(outcome.Succeeded, outcome.Failure?.Message);
        Assert.Equal(1, harness.Sdk.Calls("PutIdentityPolicy"));
    }

    [Fact]
    public async Task SesInvalidPolicyMessageIsPassedThrough()
    {
        harness.Sdk.FailNext("PutIdentityPolicy", new SesCallException(
            "InvalidPolicy", "Policy has invalid principal: arn:aws:iam::111122223333:user/nobody", HttpStatusCode.BadRequest, "req-42"));

        var outcome = await harness.Service.Policies.PutPolicyAsync(IdentityServiceHarness.Region, Identity, "p", Policy(Arn), CancellationToken.None);

        Assert.Equal(FailureKind.RejectedBySes, outcome.Failure!.Kind);
        Assert.Equal("Policy has invalid principal: arn:aws:iam::111122223333:user/nobody.", outcome.Failure.Message);
        Assert.Equal("InvalidPolicy", outcome.Failure.SesErrorCode);
        Assert.Equal("req-42", outcome.Failure.RequestId);
        var entry = Assert.Single(harness.Audit.Entries);
        Assert.Equal(AuditOutcome.Failed, entry.Outcome);
        Assert.Equal("req-42", entry.SesRequestId);
    }

    [Fact]
    public async Task PoliciesAreReadWithTheirDocuments()
    {
        harness.Sdk.SeedPolicy(Identity, "a", Policy(Arn));
        harness.Sdk.SeedPolicy(Identity, "b", "{}");

        var outcome = await harness.Service.Policies.GetPoliciesAsync(IdentityServiceHarness.Region, Identity, CancellationToken.None);

        Assert.Equal([new IdentityPolicy("a", Policy(Arn)), new IdentityPolicy("b", "{}")], outcome.Value!);
    }

    [Fact]
    public async Task DeletingAPolicyRemovesIt()
    {
        harness.Sdk.SeedPolicy(Identity, "a", Policy(Arn));

        var outcome = await harness.Service.Policies.DeletePolicyAsync(IdentityServiceHarness.Region, Identity, "a", CancellationToken.None);

        Assert.True(outcome.Succeeded);
        Assert.Empty(harness.Sdk.PoliciesOf(Identity));
        Assert.Equal("Policy a deleted.", Assert.Single(harness.Audit.Entries).Detail);
    }

    [Fact]
    public async Task DeletingAPolicyWithAnInvalidNameIsRefused()
    {
        var outcome = await harness.Service.Policies.DeletePolicyAsync(IdentityServiceHarness.Region, Identity, "bad name", CancellationToken.None);

        Assert.Equal("policyName", outcome.Failure!.Field);
        Assert.Equal(0, harness.Ses.TotalCalls);
    }

    private void SeedPolicies(int count)
    {
        for (var i = 0; i < count; i++)
        {
            harness.Sdk.SeedPolicy(Identity, $"p{i}", Policy(Arn));
        }
    }

    private static string Policy(string? resource, string version = "2012-10-17", int padding = 0, bool raw = false)
    {
        var resourcePart = resource is null ? string.Empty : raw ? $",\"Resource\":{resource}" : $",\"Resource\":\"{resource}\"";
        var sid = padding > 0 ? new string('x', padding) : "AllowSend";
        return $"{{\"Version\":\"{version}\",\"Statement\":[{{\"Sid\":\"{sid}\",\"Effect\":\"Allow\","
            + $"\"Principal\":{{\"AWS\":\"arn:aws:iam::123456789012:root\"}},\"Action\":[\"ses:SendEmail\"]{resourcePart}}}]}}";
    }
}
