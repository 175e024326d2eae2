using Bunit;
using SesConsole.Core.Identities;
using SesConsole.Core.Notifications;
using SesConsole.Tests.Support.Web;
using SesConsole.Web.Components.Pages.Identities.Notifications;

namespace SesConsole.Tests.Component.Web.OperatorTools;

[Trait("Category", "Component")]
public sealed class NotificationsSectionTests : WebTestContext
{

    private IRenderedComponent<NotificationsSection> RenderSection(string identity = "example.com")
    {
        RenderProviders();
        return Render<NotificationsSection>(p => p.Add(s => s.Region, "us-east-1").Add(s => s.Identity, identity));
    }

    [Fact]
    public void WithoutBounceAndComplaintTopicsTheSectionWarnsAndShowsNone()
    {
        var cut = RenderSection();

        cut.WaitForAssertion(() => Assert.Contains("bounces or complaints", cut.Find("[data-testid=missing-feedback-topics]").TextContent, StringComparison.Ordinal), Patience);
        Assert.Contains("None", cut.Find("[data-testid=notification-Bounce]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void SetTopicsAreShownExactlyAndNoWarning()
    {
        Notifications.Settings["example.com"] = new NotificationSettings(
            "arn:aws:sns:us-east-1:123456789012:Bounces", "arn:aws:sns:us-east-1:123456789012:complaints", null, false, true, false, false);

        var cut = RenderSection();

        cut.WaitForAssertion(() => Assert.Contains("arn:aws:sns:us-east-1:123456789012:Bounces", cut.Find("[data-testid=notification-Bounce]").TextContent, StringComparison.Ordinal), Patience);
        Assert.Empty(cut.FindAll("[data-testid=missing-feedback-topics]"));
    }

    [Fact]
    public void ADisabledSwitchDrawnAsSharedMarkupIsTheSameSwitchAsALiveOne()
    {
        // Bounce has a topic (its headers switch is live), Complaint has none (its switch is disabled: one shared string).
        Notifications.Settings["example.com"] = new NotificationSettings(
            "arn:aws:sns:us-east-1:123456789012:Bounces", null, null, true, true, true, false);

        var cut = RenderSection();
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("input[data-testid=headers-Bounce]")), Patience);

        var live = cut.Find("input[data-testid=headers-Bounce]");
        var disabled = cut.Find("input[data-testid=headers-Complaint]");
        Assert.False(live.HasAttribute("disabled"));
        Assert.True(disabled.HasAttribute("disabled"));
        foreach (var input in new[] { live, disabled })
        {
            Assert.Equal(("checkbox", "mud-switch-input", "switch"), (input.GetAttribute("type"), input.GetAttribute("class"), input.GetAttribute("role")));
        }

        Assert.Equal(Shape(live), Shape(disabled));
        Assert.Equal("mud-switch-button", disabled.ParentElement!.ClassName);
        Assert.True(live.HasAttribute("checked"));
        Assert.Equal("true", live.GetAttribute("aria-checked"));
        Assert.True(disabled.HasAttribute("checked"));
        Assert.Equal("true", disabled.GetAttribute("aria-checked"));
        Assert.Equal("Include original headers in Complaint notifications", disabled.GetAttribute("aria-label"));
        Assert.Contains("mud-disabled", disabled.Closest("label")!.ClassList);
        Assert.DoesNotContain("mud-disabled", live.Closest("label")!.ClassList);
        Assert.Equal("mud-switch-track mud-primary", disabled.Closest(".mud-switch-span")!.QuerySelector(".mud-switch-track")!.GetAttribute("class"));

        // Changing the live switch still reaches the service.
        live.Change(false);
        cut.WaitForAssertion(() => Assert.Contains(Notifications.Changes, c => c.StartsWith("headers Bounce", StringComparison.Ordinal)), Patience);
    }

    /// <summary>The switch's elements from the input up to its cell: each element's name and first class.</summary>
    private static List<string> Shape(AngleSharp.Dom.IElement input) =>
        Ancestors(input).TakeWhile(e => e.LocalName != "td").Select(e => $"{e.LocalName}.{e.ClassList[0]}").ToList();

    private static IEnumerable<AngleSharp.Dom.IElement> Ancestors(AngleSharp.Dom.IElement element)
    {
        for (var e = element.ParentElement; e is not null; e = e.ParentElement)
        {
            yield return e;
        }
    }

    [Fact]
    public void TurningForwardingOffShowsSesReasonUnderTheSwitch()
    {
        Notifications.NextChangeFailure = new Failure(
            FailureKind.InvalidInput, "Email feedback forwarding can be turned off only while both a bounce and a complaint topic are set.", Field: NotificationRules.ForwardingField);
        var cut = RenderSection();
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=forwarding] input, input[data-testid=forwarding]")), Patience);

        cut.Find("[data-testid=forwarding] input, input[data-testid=forwarding]").Change(false);

        cut.WaitForAssertion(() => Assert.Contains("only while both a bounce and a complaint topic are set", cut.Find("[data-testid=forwarding-error]").TextContent, StringComparison.Ordinal), Patience);
        Assert.Equal(["forwarding False"], Notifications.Changes);
    }

    [Fact]
    public void ARefusedChangeLeavesTheSwitchAsItWasAndNamesIt()
    {
        Notifications.NextChangeFailure = new Failure(
            FailureKind.InvalidInput, "Email feedback forwarding can be turned off only while both a bounce and a complaint topic are set.", Field: NotificationRules.ForwardingField);
        var cut = RenderSection();
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("input[data-testid=forwarding]")), Patience);
        Assert.True(cut.Find("input[data-testid=forwarding]").HasAttribute("checked"));

        cut.Find("input[data-testid=forwarding]").Change(false);

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=forwarding-error]")), Patience);
        var forwarding = cut.Find("input[data-testid=forwarding]");
        Assert.True(forwarding.HasAttribute("checked"));
        Assert.Equal("switch", forwarding.GetAttribute("role"));
        Assert.Equal("true", forwarding.GetAttribute("aria-checked"));
        Assert.Contains("Email feedback forwarding", forwarding.Closest("label")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Include original headers in Bounce notifications", cut.Find("input[data-testid=headers-Bounce]").GetAttribute("aria-label"));
    }

    [Fact]
    public void AViewerSeesTheSettingsButCannotChangeThem()
    {
        SignInAsViewer();

        var cut = RenderSection();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=notification-topics]")), Patience);
        Assert.Empty(cut.FindAll("[data-testid=edit-topic-Bounce]"));
        Assert.True(cut.Find("[data-testid=forwarding] input, input[data-testid=forwarding]").HasAttribute("disabled"));
    }
}
