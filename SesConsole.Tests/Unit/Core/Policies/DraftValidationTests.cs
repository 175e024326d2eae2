using SesConsole.Core.Policies;

using static SesConsole.Tests.Unit.Core.Policies.PolicyTestData;

namespace SesConsole.Tests.Unit.Core.Policies;

[Trait("Category", "Unit")]
public class DraftValidationTests
{
    public static TheoryData<string, string, string> BrokenDrafts => new()
    {
        { "bad name", "Name", "The policy name must be 1 to 64 characters of letters, digits, hyphens and underscores." },
        { "no statements", "Statements", "The policy has no statements; add at least one." },
        { "bad sid", "Statements[1].Sid", "Statement 2: the Sid 'send-all' may contain only letters and digits." },
        { "repeated sid", "Statements[1].Sid", "Statement 2: the Sid 'Partner' is already used by statement 1; give each statement its own Sid or leave it empty." },
        { "no principals", "Statements[1].Principals", "Statement 2 has no principals; add a 12-digit AWS account id or an IAM ARN such as arn:aws:iam::123456789012:user/name." },
        { "short account", "Statements[1].Principals[2]", "Statement 2, principal 3: '12345' is not a 12-digit AWS account id or an IAM ARN such as arn:aws:iam::123456789012:user/name." },
        { "group arn", "Statements[1].Principals[0]", "Statement 2, principal 1: 'arn:aws:iam::111122223333:group/ops' is not a 12-digit AWS account id or an IAM ARN such as arn:aws:iam::123456789012:user/name." },
        { "everyone", "Statements[1].Principals[0]", "Statement 2, principal 1: '*' would let every AWS account send as this identity; this console only grants named principals, so enter an account id or an IAM ARN." },
        { "blank principal", "Statements[1].Principals[1]", "Statement 2, principal 2 is empty; fill it in or remove it." },
        { "repeated principal", "Statements[1].Principals[1]", "Statement 2, principal 2 repeats '111122223333'; remove the duplicate." },
        { "no actions", "Statements[1].Actions", "Statement 2 has no actions; choose at least one of ses:SendEmail, ses:SendRawEmail, ses:SendTemplatedEmail, ses:SendBulkTemplatedEmail." },
        { "unknown operator", "Statements[1].Conditions[0].Operator", "Statement 2, condition 1: 'StringSortOf' is not a supported operator; choose one of " },
        { "no key", "Statements[1].Conditions[0].Key", "Statement 2, condition 1 has no key; choose one such as ses:FromAddress." },
        { "bad key", "Statements[1].Conditions[0].Key", "Statement 2, condition 1: 'FromAddress' is not a condition key; use one such as ses:FromAddress or aws:SourceIp." },
        { "ip on other key", "Statements[1].Conditions[0].Key", "Statement 2, condition 1: IpAddress works only with the aws:SourceIp key." },
        { "no values", "Statements[1].Conditions[0].Values", "Statement 2, condition 1 (ses:FromAddress) has no values; add at least one." },
        { "blank value", "Statements[1].Conditions[0].Values[1]", "Statement 2, condition 1, value 2 is empty; fill it in or remove it." },
        { "ip not cidr", "Statements[1].Conditions[0].Values[0]", "Statement 2, condition 1, value 1: '203.0.113.5' is not an IP range in CIDR notation such as 203.0.113.0/24 (use /32 for one address)." },
        { "ip short", "Statements[1].Conditions[0].Values[0]", "Statement 2, condition 1, value 1: '10.1/8' is not an IP range in CIDR notation such as 203.0.113.0/24 (use /32 for one address)." },
        { "ip prefix too long", "Statements[1].Conditions[0].Values[0]", "Statement 2, condition 1, value 1: '203.0.113.0/33' is not an IP range in CIDR notation such as 203.0.113.0/24 (use /32 for one address)." },
        { "arn value", "Statements[1].Conditions[0].Values[0]", "Statement 2, condition 1, value 1: 'my-topic' is not an ARN; ArnLike values start with arn:." },
        { "date value", "Statements[1].Conditions[0].Values[0]", "Statement 2, condition 1, value 1: 'next friday' is not a date and time such as 2026-12-31T23:59:59Z." },
        { "source account", "Statements[1].Conditions[0].Values[0]", "Statement 2, condition 1, value 1: '1234' is not a 12-digit AWS account id." },
        { "repeated condition", "Statements[1].Conditions[1].Key", "Statement 2, condition 2 repeats StringLike on ses:FromAddress from condition 1; put all its values in one condition." },
    };

    [Theory]
    [MemberData(nameof(BrokenDrafts))]
    public void EachProblemNamesItsFieldAndTheFix(string mistake, string field, string message)
    {
        var draft = TwoStatements();
        Break(draft, mistake);

        var problems = SendingPolicyValidator.Validate(draft, Arn);

        var problem = Assert.Single(problems);
        Assert.Equal(field, problem.Field);
        Assert.StartsWith(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidDraftHasNoProblems()
    {
        var draft = TwoStatements();
        draft.Statements[1].Conditions =
        [
            new() { Operator = "IpAddress", Key = "aws:SourceIp", Values = ["203.0.113.0/24", "2001:db8::/32"] },
            new() { Operator = "ArnLike", Key = "aws:SourceArn", Values = ["arn:aws:lambda:us-east-1:111122223333:function:*"] },
            new() { Operator = "DateLessThan", Key = "aws:CurrentTime", Values = ["2026-12-31T23:59:59Z"] },
            new() { Operator = "StringEquals", Key = "aws:SourceAccount", Values = ["111122223333"] },
        ];

        Assert.Empty(SendingPolicyValidator.Validate(draft, Arn));
    }

    [Fact]
    public void EveryProblemIsReportedNotOnlyTheFirst()
    {
        var draft = TwoStatements();
        draft.Name = "";
        draft.Statements[0].Principals = ["12345"];
        draft.Statements[1].Actions = [];

        var fields = SendingPolicyValidator.Validate(draft, Arn).Select(p => p.Field);

        Assert.Equal(["Name", "Statements[0].Principals[0]", "Statements[1].Actions"], fields);
    }

    [Fact]
    public void PolicyOverFourKilobytesIsReportedWithItsSize()
    {
        var draft = ValidDraft();
        for (var i = 0; i < 150; i++)
        {
            draft.Statements[0].Principals.Add($"{100000000000 + i}");
        }

        var problem = Assert.Single(SendingPolicyValidator.Validate(draft, Arn));

        Assert.Equal("Document", problem.Field);
        Assert.Matches(@"^The policy is \d{4} bytes; SES allows at most 4096 bytes", problem.Message);
    }

    private static SendingPolicyDraft TwoStatements()
    {
        var draft = ValidDraft();
        draft.Statements[0].Sid = "Partner";
        var second = draft.AddStatement();
        second.Principals = ["111122223333", "arn:aws:iam::444455556666:user/Jane", "arn:aws:iam::444455556666:role/mailer"];
        return draft;
    }

    private static void Break(SendingPolicyDraft draft, string mistake)
    {
        var statement = draft.Statements[1];
        PolicyConditionDraft Condition(string op, string key, params string[] values)
        {
            var condition = new PolicyConditionDraft { Operator = op, Key = key, Values = [.. values] };
            statement.Conditions.Add(condition);
            return condition;
        }

        switch (mistake)
        {
            case "bad name": draft.Name = "has space"; break;
            case "no statements": draft.Statements.Clear(); break;
            case "bad sid": statement.Sid = "send-all"; break;
            case "repeated sid": statement.Sid = "Partner"; break;
            case "no principals": statement.Principals = ["", "  "]; break;
            case "short account": statement.Principals[2] = "12345"; break;
            case "group arn": statement.Principals[0] = "arn:aws:iam::111122223333:group/ops"; break;
            case "everyone": statement.Principals[0] = "*"; break;
            case "blank principal": statement.Principals[1] = " "; break;
            case "repeated principal": statement.Principals[1] = "111122223333"; break;
            case "no actions": statement.Actions.Clear(); break;
            case "unknown operator": Condition("StringSortOf", "ses:FromAddress", "a@example.com"); break;
            case "no key": Condition("StringEquals", "", "a@example.com"); break;
            case "bad key": Condition("StringEquals", "FromAddress", "a@example.com"); break;
            case "ip on other key": Condition("IpAddress", "ses:FromAddress", "203.0.113.0/24"); break;
            case "no values": Condition("StringEquals", "ses:FromAddress"); break;
            case "blank value": Condition("StringEquals", "ses:FromAddress", "a@example.com", ""); break;
            case "ip not cidr": Condition("IpAddress", "aws:SourceIp", "203.0.113.5"); break;
            case "ip short": Condition("IpAddress", "aws:SourceIp", "10.1/8"); break;
            case "ip prefix too long": Condition("NotIpAddress", "aws:SourceIp", "203.0.113.0/33"); break;
            case "arn value": Condition("ArnLike", "aws:SourceArn", "my-topic"); break;
            case "date value": Condition("DateLessThan", "aws:CurrentTime", "next friday"); break;
            case "source account": Condition("StringEquals", "aws:SourceAccount", "1234"); break;
            case "repeated condition":
                Condition("StringLike", "ses:FromAddress", "a*@example.com");
                Condition("StringLike", "ses:FromAddress", "b*@example.com");
                break;
            default: throw new ArgumentOutOfRangeException(nameof(mistake), mistake, null);
        }
    }
}
