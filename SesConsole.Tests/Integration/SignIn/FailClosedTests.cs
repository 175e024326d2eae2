using System.Net;
using SesConsole.Tests.Support.SignIn;

namespace SesConsole.Tests.Integration.SignIn;

/// <summary>Outside Development and Testing the app refuses to start with incomplete sign-in or local-only parts.</summary>
[Trait("Category", "Integration")]
public sealed class FailClosedTests
{
    [Fact]
    public async Task CompleteProductionSettingsStartAndAnswerTheHealthCheck()
    {
        await using var app = new ProductionAppFactory(new Dictionary<string, string?>());

        Assert.Null(app.StartFailure());
        using var client = app.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") });
        using var health = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Theory]
    [InlineData("Instance", null)]
    [InlineData("Instance", "")]
    [InlineData("Instance", "   ")]
    [InlineData("TenantId", null)]
    [InlineData("TenantId", "")]
    [InlineData("TenantId", "   ")]
    [InlineData("ClientId", null)]
    [InlineData("ClientId", "")]
    [InlineData("ClientId", "   ")]
    [InlineData("ClientSecret", null)]
    [InlineData("ClientSecret", "")]
    [InlineData("ClientSecret", "   ")]
    public async Task AMissingOrBlankAzureAdValueStopsTheStartNamingTheKey(string key, string? value)
    {
        await using var app = new ProductionAppFactory(new Dictionary<string, string?> { [$"AzureAd:{key}"] = value });

        var failure = app.StartFailure();

        Assert.NotNull(failure);
        Assert.Contains($"'AzureAd:{key}'", failure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACertificateCredentialInsteadOfASecretIsAccepted()
    {
        await using var app = new ProductionAppFactory(new Dictionary<string, string?>
        {
            ["AzureAd:ClientSecret"] = null,
            ["AzureAd:ClientCredentials:0:SourceType"] = "KeyVault",
            ["AzureAd:ClientCredentials:0:KeyVaultUrl"] = "https://sesconsole-vault.vault.azure.net",
            ["AzureAd:ClientCredentials:0:KeyVaultCertificateName"] = "SesConsoleSignIn",
        });

        Assert.Null(app.StartFailure());
    }

    [Fact]
    public async Task TheLocalSesSandboxIsRefusedInProduction()
    {
        await using var app = new ProductionAppFactory(new Dictionary<string, string?> { ["Ses:Mode"] = "Local" });

        var failure = app.StartFailure();

        Assert.NotNull(failure);
        Assert.Contains("'Ses:Mode' is 'Local' in Production", failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Staging")]
    [InlineData("Production")]
    [InlineData("Demo")]
    public async Task TheLocalSesSandboxIsRefusedOutsideDevelopmentAndTesting(string environment)
    {
        await using var app = new ProductionAppFactory(new Dictionary<string, string?> { ["Ses:Mode"] = "Local" }, environment);

        var failure = app.StartFailure();

        Assert.NotNull(failure);
        Assert.Contains($"'Ses:Mode' is 'Local' in {environment}", failure, StringComparison.Ordinal);
        Assert.Contains("only run in Development or Testing", failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5299/")]
    [InlineData("http://login.example.test/")]
    public async Task AnHttpSignInProviderIsRefusedInProduction(string instance)
    {
        await using var app = new ProductionAppFactory(new Dictionary<string, string?> { ["AzureAd:Instance"] = instance });

        var failure = app.StartFailure();

        Assert.NotNull(failure);
        Assert.Contains("'AzureAd:Instance' is an http address", failure, StringComparison.Ordinal);
        Assert.Contains("only be used in Development or Testing", failure, StringComparison.Ordinal);
    }
}
