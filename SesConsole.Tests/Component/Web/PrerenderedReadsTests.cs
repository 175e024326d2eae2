using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using SesConsole.Core.Identities;
using SesConsole.Tests.Support.Web;
using SesConsole.Web.Components.Pages.Identities;
using SesConsole.Web.Components.Shared;

namespace SesConsole.Tests.Component.Web;

/// <summary>
/// Render once, the circuit's side: what the prerender wrote into the page (played here by bUnit's persistent state)
/// is taken instead of read again. The prerender's side, and the two together, are checked in a real browser
/// (<c>RenderOnceBrowserTests</c>): bUnit's persisting does not hand back what a component persisted.
/// </summary>
[Trait("Category", "Component")]
public class PrerenderedReadsTests : WebTestContext
{
    private static readonly RendererInfo Circuit = new("Server", isInteractive: true);

    private int _reads;

    /// <summary>The state a component gets injected; <see cref="WebTestContext.ComponentState"/> plays the page around it.</summary>
    private PersistentComponentState State => Services.GetRequiredService<PersistentComponentState>();

    private Task<Outcome<string>> ReadAsync(string answer)
    {
        _reads++;
        return Task.FromResult(Outcome<string>.Success(answer));
    }

    [Fact]
    public async Task TheCircuitTakesThePrerendersAnswerInsteadOfReadingAgain()
    {
        ComponentState.Persist("k", new PrerenderedReads.Carried<string>("from the prerender", null));
        using var circuit = new PrerenderedReads(State, Circuit);

        var carried = await circuit.ReadAsync("k", () => ReadAsync("read again"));

        Assert.Equal("from the prerender", carried.Value);
        Assert.Equal(0, _reads);
    }

    [Fact]
    public async Task AKeyIsTakenOnceSoARetryReadsSesAgain()
    {
        ComponentState.Persist("k", new PrerenderedReads.Carried<string>("from the prerender", null));
        using var circuit = new PrerenderedReads(State, Circuit);
        await circuit.ReadAsync("k", () => ReadAsync("unused"));

        var retried = await circuit.ReadAsync("k", () => ReadAsync("second"));

        Assert.Equal("second", retried.Value);
        Assert.Equal(1, _reads);
    }

    [Fact]
    public async Task AnotherQuestionIsNeverAnsweredWithTheCarriedAnswer()
    {
        ComponentState.Persist("details:us-east-1:Example.com", new PrerenderedReads.Carried<string>("upper", null));
        using var circuit = new PrerenderedReads(State, Circuit);

        var other = await circuit.ReadAsync("details:us-east-1:example.com", () => ReadAsync("lower"));

        Assert.Equal("lower", other.Value);
        Assert.Equal(1, _reads);
    }

    [Fact]
    public async Task AFailureIsCarriedSoTheCircuitShowsWhatTheHtmlShowed()
    {
        var notFound = new Failure(FailureKind.NotFound, "SES has no identity gone.example in us-east-1.");
        ComponentState.Persist("k", new PrerenderedReads.Carried<string>(null, notFound));
        using var circuit = new PrerenderedReads(State, Circuit);
        var carried = await circuit.ReadAsync("k", () => ReadAsync("read again"));

        Assert.False(carried.Succeeded);
        Assert.Equal(notFound, carried.Failure);
        Assert.Equal(0, _reads);
    }

    [Fact]
    public async Task ReadsInTheCircuitAreNotKept()
    {
        using (var circuit = new PrerenderedReads(State, Circuit))
        {
            await circuit.ReadAsync("k", () => ReadAsync("interactive"));
        }

        ComponentState.TriggerOnPersisting();
        Assert.False(ComponentState.TryTake<PrerenderedReads.Carried<string>>("k", out _));
    }

    [Fact]
    public void TheDetailsPageInItsCircuitShowsThePrerenderedDetailsWithoutAskingTheService()
    {
        var details = new IdentityDetails(
            "carried.example", IdentityKind.Domain, VerificationStatus.Success, "tok3n=", null,
            new DkimInfo(false, VerificationStatus.NotStarted, []), null,
            [new DnsRecord(DnsRecordType.TXT, "_amazonses.carried.example", "tok3n=", DnsRecordRole.Verification)]);
        ComponentState.Persist("identity-details:us-east-1:carried.example", new PrerenderedReads.Carried<IdentityDetails>(details, null));
        ComponentState.Persist("identity-policies:us-east-1:carried.example",
            new PrerenderedReads.Carried<IReadOnlyList<IdentityPolicy>>([new IdentityPolicy("Carried", "{}")], null));
        RenderProviders();

        var cut = Render<IdentityDetailsPage>(p => p.Add(x => x.Identity, "carried.example"));

        Assert.Equal("carried.example", cut.Find("[data-testid=identity-title]").TextContent.Trim());
        Assert.Equal(["Carried"], cut.FindAll("[data-testid=policy]").Select(e => e.TextContent.Trim()));
        Assert.Empty(cut.FindAll("[data-testid=loading]"));
        Assert.Empty(Fake.DetailsCalls);
        Assert.Empty(Fake.GetPoliciesCalls);
    }
}
