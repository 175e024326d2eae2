using System.Text.Json;
using SesConsole.Core.Policies;

using static SesConsole.Tests.Unit.Core.Policies.PolicyTestData;

namespace SesConsole.Tests.Unit.Core.Policies;

[Trait("Category", "Unit")]
public class GeneratorTests
{
    [Fact]
    public void DefaultDraftIsWrittenAsAPrettyPrintedPolicyForTheIdentity()
    {
        var draft = ValidDraft();

        var json = SendingPolicyGenerator.ToJson(draft, Arn);

        Assert.Equal(
            """
            {
              "Version": "2012-10-17",
              "Statement": [
                {
                  "Sid": "AllowSend1",
                  "Effect": "Allow",
                  "Resource": "arn:aws:ses:us-east-1:123456789012:identity/example.com",
                  "Principal": {
                    "AWS": [
                      "111122223333"
                    ]
                  },
                  "Action": [
                    "ses:SendEmail"
                  ]
                }
              ]
            }
            """.ReplaceLineEndings("\n"),
            json);
    }

    [Fact]
    public void DenyEffectIsWrittenAndNamesTheGeneratedSid()
    {
        var draft = ValidDraft();
        draft.Statements[0].Effect = PolicyEffect.Deny;

        var statement = Statement(SendingPolicyGenerator.ToJson(draft, Arn), 0);

        Assert.Equal("Deny", statement.GetProperty("Effect").GetString());
        Assert.Equal("DenySend1", statement.GetProperty("Sid").GetString());
    }

    [Fact]
    public void OwnSidIsKeptAndGeneratedSidsAvoidIt()
    {
        var draft = ValidDraft();
        draft.Statements[0].Sid = "AllowSend2";
        var second = draft.AddStatement();
        second.Principals.Add("444455556666");

        var json = SendingPolicyGenerator.ToJson(draft, Arn);

        Assert.Equal("AllowSend2", Statement(json, 0).GetProperty("Sid").GetString());
        Assert.Equal("AllowSend3", Statement(json, 1).GetProperty("Sid").GetString());
    }

    [Fact]
    public void PrincipalsAreWrittenAsTypedInOrderWithoutBlanksOrRepeats()
    {
        var draft = ValidDraft();
        draft.Statements[0].Principals =
            ["arn:aws:iam::444455556666:user/Jane", " 111122223333 ", "", "arn:aws:iam::444455556666:user/Jane", "arn:aws:iam::777788889999:role/sender"];

        var principals = Statement(SendingPolicyGenerator.ToJson(draft, Arn), 0).GetProperty("Principal").GetProperty("AWS");

        Assert.Equal(
            ["arn:aws:iam::444455556666:user/Jane", "111122223333", "arn:aws:iam::777788889999:role/sender"],
            principals.EnumerateArray().Select(p => p.GetString()));
    }

    [Fact]
    public void AccountIdsAreKeptAsIdsLikeTheSesDeveloperGuideExamples()
    {
        var draft = ValidDraft();

        var principal = Statement(SendingPolicyGenerator.ToJson(draft, Arn), 0).GetProperty("Principal").GetProperty("AWS")[0];

        Assert.Equal("111122223333", principal.GetString());
    }

    [Fact]
    public void ActionsAreWrittenInTheirFixedOrderWhateverOrderTheyWereTicked()
    {
        var draft = ValidDraft();
        draft.Statements[0].Actions = [];
        draft.Statements[0].SetAction(SendingAction.SendBulkTemplatedEmail, true);
        draft.Statements[0].SetAction(SendingAction.SendEmail, true);
        draft.Statements[0].SetAction(SendingAction.SendRawEmail, true);
        draft.Statements[0].SetAction(SendingAction.SendRawEmail, false);
        draft.Statements[0].SetAction(SendingAction.SendTemplatedEmail, true);

        var actions = Statement(SendingPolicyGenerator.ToJson(draft, Arn), 0).GetProperty("Action");

        Assert.Equal(
            ["ses:SendEmail", "ses:SendTemplatedEmail", "ses:SendBulkTemplatedEmail"],
            actions.EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public void ConditionWithOneValueIsWrittenAsAString()
    {
        var draft = ValidDraft();
        draft.Statements[0].Conditions.Add(new PolicyConditionDraft
        {
            Operator = PolicyConditionOperators.StringLike,
            Key = PolicyConditionKeys.FromAddress,
            Values = ["marketing+*@example.com"],
        });

        var json = SendingPolicyGenerator.ToJson(draft, Arn);
        var condition = Statement(json, 0).GetProperty("Condition");

        Assert.Equal("marketing+*@example.com", condition.GetProperty("StringLike").GetProperty("ses:FromAddress").GetString());
        Assert.Contains("\"marketing+*@example.com\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ConditionsAreGroupedByOperatorInFirstUseOrderAndSeveralValuesBecomeAnArray()
    {
        var draft = ValidDraft();
        draft.Statements[0].Conditions =
        [
            new() { Operator = "IpAddress", Key = "aws:SourceIp", Values = ["203.0.113.0/24", "198.51.100.7/32"] },
            new() { Operator = "StringEquals", Key = "ses:FromDisplayName", Values = ["Marketing"] },
            new() { Operator = "IpAddress", Key = "aws:SourceIp", Values = ["192.0.2.0/24", "203.0.113.0/24"] },
            new() { Operator = "ForAllValues:StringLike", Key = "ses:Recipients", Values = ["*@example.org"] },
        ];

        var condition = Statement(SendingPolicyGenerator.ToJson(draft, Arn), 0).GetProperty("Condition");

        Assert.Equal(["IpAddress", "StringEquals", "ForAllValues:StringLike"], condition.EnumerateObject().Select(p => p.Name));
        Assert.Equal(
            ["203.0.113.0/24", "198.51.100.7/32", "192.0.2.0/24"],
            condition.GetProperty("IpAddress").GetProperty("aws:SourceIp").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal("*@example.org", condition.GetProperty("ForAllValues:StringLike").GetProperty("ses:Recipients").GetString());
    }

    [Fact]
    public void StatementWithoutConditionsHasNoConditionElement()
    {
        var draft = ValidDraft();
        draft.Statements[0].Conditions.Add(new PolicyConditionDraft { Operator = "", Key = "", Values = [""] });

        var statement = Statement(SendingPolicyGenerator.ToJson(draft, Arn), 0);

        Assert.False(statement.TryGetProperty("Condition", out _));
    }

    [Fact]
    public void SeveralStatementsAreWrittenInOrderEachWithTheIdentityAsResource()
    {
        var draft = ValidDraft();
        var deny = draft.AddStatement();
        deny.Effect = PolicyEffect.Deny;
        deny.Principals.Add("arn:aws:iam::111122223333:user/intern");

        using var json = JsonDocument.Parse(SendingPolicyGenerator.ToJson(draft, Arn));
        var statements = json.RootElement.GetProperty("Statement").EnumerateArray().ToArray();

        Assert.Equal(2, statements.Length);
        Assert.Equal(["Allow", "Deny"], statements.Select(s => s.GetProperty("Effect").GetString()));
        Assert.All(statements, s => Assert.Equal(Arn, s.GetProperty("Resource").GetString()));
        Assert.Equal(["ses:SendEmail", "ses:SendRawEmail"], statements[1].GetProperty("Action").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public void PolicyIdIsWrittenFirstWhenSet()
    {
        var draft = ValidDraft();
        draft.Id = "PartnerPolicy";

        using var json = JsonDocument.Parse(SendingPolicyGenerator.ToJson(draft, Arn));

        Assert.Equal(["Id", "Version", "Statement"], json.RootElement.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void SameDraftAlwaysGivesTheSameText()
    {
        var first = ValidDraft();
        first.Statements[0].Conditions.Add(new() { Operator = "StringLike", Key = "ses:Recipients", Values = ["a@example.org", "b@example.org"] });
        var second = ValidDraft();
        second.Statements[0].Conditions.Add(new() { Operator = "StringLike", Key = "ses:Recipients", Values = ["a@example.org", "b@example.org"] });

        Assert.Equal(SendingPolicyGenerator.ToJson(first, Arn), SendingPolicyGenerator.ToJson(second, Arn));
    }

    private static JsonElement Statement(string json, int index)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("Statement")[index].Clone();
    }
}
