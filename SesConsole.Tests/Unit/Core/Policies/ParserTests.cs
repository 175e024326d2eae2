using SesConsole.Core.Policies;

using static SesConsole.Tests.Unit.Core.Policies.PolicyTestData;

namespace SesConsole.Tests.Unit.Core.Policies;

[Trait("Category", "Unit")]
public class ParserTests
{
    [Fact]
    public void DraftSurvivesTheRoundTripThroughJson()
    {
        var draft = ValidDraft("Partners");
        draft.Id = "PartnerPolicy";
        draft.Statements[0].Sid = "Marketing";
        draft.Statements[0].Principals.Add("arn:aws:iam::444455556666:role/mailer");
        draft.Statements[0].Actions = [SendingAction.SendRawEmail, SendingAction.SendBulkTemplatedEmail];
        draft.Statements[0].Conditions =
        [
            new() { Operator = "StringLike", Key = "ses:FromAddress", Values = ["marketing+*@example.com"] },
            new() { Operator = "IpAddress", Key = "aws:SourceIp", Values = ["203.0.113.0/24", "198.51.100.0/24"] },
        ];
        var deny = draft.AddStatement();
        deny.Sid = "NoInterns";
        deny.Effect = PolicyEffect.Deny;
        deny.Principals.Add("arn:aws:iam::111122223333:user/interns/bob");

        var parsed = SendingPolicyParser.Parse("Partners", SendingPolicyGenerator.ToJson(draft, Arn), Arn);

        Assert.True(parsed.FitsGenerator, parsed.Reason);
        var back = parsed.Draft!;
        Assert.Equal("Partners", back.Name);
        Assert.Equal("PartnerPolicy", back.Id);
        Assert.Equal(["Marketing", "NoInterns"], back.Statements.Select(s => s.Sid));
        Assert.Equal([PolicyEffect.Allow, PolicyEffect.Deny], back.Statements.Select(s => s.Effect));
        Assert.Equal(["111122223333", "arn:aws:iam::444455556666:role/mailer"], back.Statements[0].Principals);
        Assert.Equal([SendingAction.SendRawEmail, SendingAction.SendBulkTemplatedEmail], back.Statements[0].Actions);
        Assert.Equal(
            ["StringLike ses:FromAddress marketing+*@example.com", "IpAddress aws:SourceIp 203.0.113.0/24,198.51.100.0/24"],
            back.Statements[0].Conditions.Select(c => $"{c.Operator} {c.Key} {string.Join(',', c.Values)}"));
        Assert.Equal(SendingPolicyGenerator.ToJson(draft, Arn), SendingPolicyGenerator.ToJson(back, Arn));
    }

    [Fact]
    public void DeveloperGuideStylePolicyOpensInTheGenerator()
    {
        const string document = """
            {"Id":"ExampleAuthorizationPolicy","Version":"2012-10-17","Statement":[{"Sid":"AuthorizeAccount","Effect":"Allow",
            "Resource":"arn:aws:ses:us-east-1:123456789012:identity/example.com","Principal":{"AWS":"111122223333"},
            "Action":["SES:SendEmail","SES:SendRawEmail"],"Condition":{"StringLike":{"ses:FromAddress":"marketing+*@example.com"}}}]}
            """;

        var parsed = SendingPolicyParser.Parse("p", document, Arn);

        Assert.True(parsed.FitsGenerator, parsed.Reason);
        var statement = Assert.Single(parsed.Draft!.Statements);
        Assert.Equal(["111122223333"], statement.Principals);
        Assert.Equal([SendingAction.SendEmail, SendingAction.SendRawEmail], statement.Actions);
    }

    [Fact]
    public void StatementWithoutSidGetsTheGeneratedSidOnceEdited()
    {
        var document = "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Resource\":\"" + Arn
            + "\",\"Principal\":{\"AWS\":[\"111122223333\"]},\"Action\":\"ses:SendEmail\"}}";

        var parsed = SendingPolicyParser.Parse("p", document, Arn);

        Assert.True(parsed.FitsGenerator, parsed.Reason);
        Assert.Equal("", parsed.Draft!.Statements[0].Sid);
        Assert.Contains("\"Sid\": \"AllowSend1\"", SendingPolicyGenerator.ToJson(parsed.Draft, Arn), StringComparison.Ordinal);
    }

    public static TheoryData<string, string> ShapesTheGeneratorCannotEdit => new()
    {
        { "not json", "The policy document is not valid JSON." },
        { """{"Version":"2008-10-17","Statement":[]}""", "The policy's Version is not 2012-10-17." },
        { Wrap("\"NotPrincipal\":{\"AWS\":\"111122223333\"},\"Action\":\"ses:SendEmail\""), "Statement 1 uses \"NotPrincipal\", which the generator does not edit." },
        { Wrap("\"Principal\":{\"Service\":\"cognito-idp.amazonaws.com\"},\"Action\":\"ses:SendEmail\""), "Statement 1 names \"Service\" principals, which the generator does not edit." },
        { Wrap("\"Principal\":\"*\",\"Action\":\"ses:SendEmail\""), "Statement 1 has no Principal object with AWS principals." },
        { Wrap("\"Principal\":{\"AWS\":\"111122223333\"},\"Action\":\"ses:Send*\""), "Statement 1 grants \"ses:Send*\", which is not one of the sending actions the generator offers." },
        { Wrap("\"Principal\":{\"AWS\":\"111122223333\"},\"Action\":\"ses:SendEmail\",\"Condition\":{\"Bool\":{\"aws:SecureTransport\":\"true\"}}"), "Statement 1 uses the condition operator \"Bool\", which the generator does not offer." },
        { Wrap("\"Principal\":{\"AWS\":\"111122223333\"},\"Action\":\"ses:SendEmail\",\"Condition\":{\"StringEquals\":{\"ses:FromAddress\":\" padded@example.com\"}}"), "Statement 1 has a StringEquals condition on ses:FromAddress whose values are not text." },
        { Wrap("\"Principal\":{\"AWS\":\"111122223333\"},\"Action\":\"ses:SendEmail\"", resource: "arn:aws:ses:us-east-1:123456789012:identity/other.com"), "Statement 1 does not have this identity's ARN as its only Resource." },
    };

    [Theory]
    [MemberData(nameof(ShapesTheGeneratorCannotEdit))]
    public void PolicyTheGeneratorCannotWriteStaysInTheJsonTabWithTheReason(string document, string reason)
    {
        var parsed = SendingPolicyParser.Parse("p", document, Arn);

        Assert.False(parsed.FitsGenerator);
        Assert.Null(parsed.Draft);
        Assert.Equal(reason, parsed.Reason);
    }

    private static string Wrap(string body, string resource = Arn) =>
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Resource\":\"" + resource + "\"," + body + "}]}";
}
