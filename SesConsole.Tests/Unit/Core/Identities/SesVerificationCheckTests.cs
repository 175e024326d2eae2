using SesConsole.Core.Identities;
using SesConsole.Core.Ses;

namespace SesConsole.Tests.Unit.Core.Identities;

[Trait("Category", "Unit")]
public class SesVerificationCheckTests
{
    private static readonly DateTimeOffset Checked = new(2026, 11, 29, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("TYPE_NOT_FOUND", "the verification record was not found")]
    [InlineData("HOST_NOT_FOUND", "the domain's DNS has no such name")]
    [InlineData("INVALID_VALUE", "a record was found but its value is not the one SES expects")]
    [InlineData("DNS_SERVER_ERROR", "the domain's DNS servers did not answer")]
    [InlineData("REPLICATION_ACCESS_DENIED", "replication from the primary region failed (REPLICATION_ACCESS_DENIED)")]
    [InlineData("SOMETHING_NEW", "SES reports SOMETHING_NEW")]
    public void SesErrorTypesAreExplainedInWords(string errorType, string finding) =>
        Assert.Equal(finding, new SesVerificationCheck(Checked, null, errorType).Finding);

    [Fact]
    public void ACheckWithoutErrorAfterASuccessSaysTheRecordsWereFound() =>
        Assert.Equal("the records were found", new SesVerificationCheck(Checked, Checked, null).Finding);

    [Fact]
    public void AVerificationInfoWithNothingInItIsNoCheckAtAll()
    {
        Assert.Null(SesVerificationCheck.From(new EmailIdentityVerificationInfo(null, null, null, null)));
        Assert.Null(SesVerificationCheck.From(null));
        Assert.Equal(
            new SesVerificationCheck(Checked, null, "TYPE_NOT_FOUND"),
            SesVerificationCheck.From(new EmailIdentityVerificationInfo(Checked, null, "TYPE_NOT_FOUND", null)));
    }
}
