using SesConsole.Core.Jobs;

namespace SesConsole.Tests.Unit.Core.Jobs;

[Trait("Category", "Unit")]
public sealed class BulkInputTests
{
    [Fact]
    public void OneNamePerLineKeepsEachNameAsTypedWithItsLineNumber()
    {
        var lines = BulkInput.Read("  Ann@Example.com \r\n\r\n# a comment\nexample.org\n");

        Assert.Equal([new BulkInputLine(1, "Ann@Example.com"), new BulkInputLine(4, "example.org")], lines);
    }

    [Fact]
    public void CsvReadsTheFirstColumnSkipsAHeaderAndRemovesQuotes()
    {
        var lines = BulkInput.Read("Identity,Owner\n\"sales@example.com\",\"Sales, EU\"\nexample.net;ops\nexample.io\tdev");

        Assert.Equal(["sales@example.com", "example.net", "example.io"], lines.Select(l => l.Text));
    }

    [Fact]
    public void AHeaderWordAfterTheFirstNameIsANameLikeAnyOther()
    {
        var lines = BulkInput.Read("example.com\ndomain");

        Assert.Equal(["example.com", "domain"], lines.Select(l => l.Text));
    }
}
