using SesConsole.Core.Identities;
using SesConsole.Core.Operators;
using SesConsole.Tests.Core.Identities.Support;
using static SesConsole.Tests.Core.Policies.PolicyTestData;

namespace SesConsole.Tests.Core.Policies;

/// <summary>The Effect, Principal and Action rules the service applies to hand-written documents (the JSON tab).</summary>
public class DocumentPrincipalRuleTests
{
    private readonly IdentityServiceHarness harness = new();

    public DocumentPrincipalRuleTests() => harness.Sdk.Seed(Identity);

    public static TheoryData<string, string> BrokenStatements => new()
    {
        { "\"Principal\":{\"AWS\":\"12345\"},\"Action\":\"ses:SendEmail\"",
            "Statement 1, principal 1: \"12345\" is not a 12-digit AWS account id or an IAM ARN such as arn:aws:iam::123456789012:user/name." },
        { "\"Principal\":{\"AWS\":[\"111122223333\",\"arn:aws:iam::111122223333:group/ops\"]},\"Action\":\"ses:SendEmail\"",
            "Statement 1, principal 2: \"arn:aws:iam::111122223333:group/ops\" is not a 12-digit AWS account id or an IAM ARN such as arn:aws:iam::123456789012:user/name." },
        { "\"Principal\":\"*\",\"Action\":\"ses:SendEmail\"",
            "Statement 1 grants \"*\" (every AWS account); this console only grants named principals, so list AWS account ids or IAM ARNs." },
        { "\"Principal\":{\"AWS\":[\"111122223333\",\"*\"]},\"Action\":\"ses:SendEmail\"",
            "Statement 1 grants \"*\" (every AWS account); this console only grants named principals, so list AWS account ids or IAM ARNs." },
        { "\"Action\":\"ses:SendEmail\"",
            "Statement 1 has no \"Principal\"; add {\"AWS\": [...]} with the AWS account ids or IAM ARNs it applies to." },
        { "\"Principal\":{\"Federated\":\"cognito-identity.amazonaws.com\"},\"Action\":\"ses:SendEmail\"",
            "Statement 1's \"Principal\" names \"Federated\" principals; SES sending authorization grants only \"AWS\" and \"Service\" principals." },
        { "\"Principal\":{\"AWS\":[]},\"Action\":\"ses:SendEmail\"",
            "Statement 1's \"Principal\".\"AWS\" must be a string or a non-empty list of strings." },
        { "\"Principal\":{\"Service\":\"not a service\"},\"Action\":\"ses:SendEmail\"",
            "Statement 1, principal 1: \"not a service\" is not an AWS service principal such as cognito-idp.amazonaws.com." },
        { "\"Principal\":{\"AWS\":\"111122223333\"}",
            "Statement 1 has no \"Action\"; add one or more of ses:SendEmail, ses:SendRawEmail, ses:SendTemplatedEmail, ses:SendBulkTemplatedEmail." },
        { "\"Principal\":{\"AWS\":\"111122223333\"},\"Action\":[\"ses:SendEmail\",\"s3:GetObject\"]",
            "Statement 1's action \"s3:GetObject\" is not an SES action; a sending-authorization policy may grant only ses: actions such as ses:SendEmail." },
        { "\"Principal\":{\"AWS\":\"111122223333\"},\"Action\":\"*\"",
            "Statement 1's action \"*\" is not an SES action; a sending-authorization policy may grant only ses: actions such as ses:SendEmail." },
    };

    [Theory]
    [MemberData(nameof(BrokenStatements))]
    public async Task BadPrincipalOrActionIsRefusedBeforeAnySesCall(string statementBody, string message)
    {
        var outcome = await Put(Document("Allow", statementBody));

        Assert.Equal(FailureKind.InvalidInput, outcome.Failure!.Kind);
        Assert.Equal("policyDocument", outcome.Failure.Field);
        Assert.Equal(message, outcome.Failure.Message);
        Assert.Equal(0, harness.Ses.TotalCalls);
        Assert.Equal(AuditOutcome.Refused, Assert.Single(harness.Audit.Entries).Outcome);
    }

    [Theory]
    [InlineData("allow")]
    [InlineData("Permit")]
    public async Task EffectOtherThanAllowOrDenyIsRefused(string effect)
    {
        var outcome = await Put(Document(effect, "\"Principal\":{\"AWS\":\"111122223333\"},\"Action\":\"ses:SendEmail\""));

        Assert.Equal("Statement 1's \"Effect\" must be \"Allow\" or \"Deny\".", outcome.Failure!.Message);
        Assert.Equal(0, harness.Ses.TotalCalls);
    }

    [Fact]
    public async Task SecondStatementIsNamedInTheMessage()
    {
        var good = $"{{\"Effect\":\"Allow\",\"Resource\":\"{Arn}\",\"Principal\":{{\"AWS\":\"111122223333\"}},\"Action\":\"ses:SendEmail\"}}";
        var bad = $"{{\"Effect\":\"Allow\",\"Resource\":\"{Arn}\",\"Principal\":{{\"AWS\":\"1111\"}},\"Action\":\"ses:SendEmail\"}}";

        var outcome = await Put($"{{\"Version\":\"2012-10-17\",\"Statement\":[{good},{bad}]}}");

        Assert.StartsWith("Statement 2, principal 1: \"1111\"", outcome.Failure!.Message, StringComparison.Ordinal);
        Assert.Equal(0, harness.Ses.TotalCalls);
    }

    [Theory]
    [InlineData("\"Principal\":{\"AWS\":[\"111122223333\",\"arn:aws:iam::444455556666:user/ops/Jane\",\"arn:aws:iam::444455556666:role/mailer\"]},\"Action\":[\"SES:SendEmail\",\"ses:SendRawEmail\"]")]
    [InlineData("\"Principal\":{\"Service\":[\"cognito-idp.amazonaws.com\"]},\"Action\":\"ses:Send*\"")]
    [InlineData("\"Principal\":{\"AWS\":\"arn:aws-us-gov:iam::111122223333:root\"},\"Action\":\"ses:SendTemplatedEmail\"")]
    public async Task NamedPrincipalsAndSesActionsArePut(string statementBody)
    {
        var outcome = await Put(Document("Deny", statementBody));

        Assert.True(outcome.Succeeded, outcome.Failure?.Message);
        Assert.Equal(1, harness.Sdk.Calls("PutIdentityPolicy"));
    }

    private Task<Outcome<Done>> Put(string document) =>
        harness.Service.Policies.PutPolicyAsync(IdentityServiceHarness.Region, Identity, "p", document, CancellationToken.None);

    private static string Document(string effect, string statementBody) =>
        $"{{\"Version\":\"2012-10-17\",\"Statement\":[{{\"Effect\":\"{effect}\",\"Resource\":\"{Arn}\",{statementBody}}}]}}";
}
