using SesConsole.Core.Identities;
using SesConsole.Core.Jobs;

namespace SesConsole.Tests.Unit.Core.Jobs;

[Trait("Category", "Unit")]
public sealed class BulkVerifyPlannerTests
{
    private static BulkVerifyPlan Check(string text, params string[] held) =>
        BulkVerifyPlanner.Check("us-east-1", BulkInput.Read(text), held.Contains);

    [Fact]
    public void NamesAreNormalisedByCoreRulesAndTheLocalPartKeepsItsCase()
    {
        var plan = Check("Ann@MAIL.Example\nBücher.Example.");

        Assert.Equal(["Ann@mail.example", "xn--bcher-kva.example"], plan.Ready.Select(l => l.Normalized));
        Assert.Equal([IdentityKind.EmailAddress, IdentityKind.Domain], plan.Ready.Select(l => l.Kind!.Value));
    }

    [Fact]
    public void ADuplicateIsTheSameNameAfterNormalising()
    {
        var plan = Check("shop.example\nSHOP.example.\nann@shop.example\nAnn@shop.example");

        Assert.Equal(
            [BulkLineVerdict.Ready, BulkLineVerdict.Duplicate, BulkLineVerdict.Ready, BulkLineVerdict.Ready],
            plan.Lines.Select(l => l.Verdict));
    }

    [Fact]
    public void AnInvalidLineCarriesCoreReasonAndNoName()
    {
        var plan = Check("bad..example\n@example.com");

        Assert.All(plan.Lines, l =>
        {
            Assert.Equal(BulkLineVerdict.Invalid, l.Verdict);
            Assert.Null(l.Normalized);
            Assert.False(string.IsNullOrWhiteSpace(l.Reason));
        });
    }

    [Fact]
    public void AnIdentityTheRegionHoldsIsMarkedAndNotReady()
    {
        var plan = Check("held.example\nnew.example", "held.example");

        Assert.Equal(BulkLineVerdict.AlreadyExists, plan.Lines[0].Verdict);
        Assert.Equal(["new.example"], plan.Ready.Select(l => l.Normalized));
    }
}
