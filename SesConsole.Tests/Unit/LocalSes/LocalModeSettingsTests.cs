using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using SesConsole.LocalSes;
using SesConsole.Tests.Support;

namespace SesConsole.Tests.Unit.LocalSes;

/// <summary>Where the repository root's appsettings.Development.json sits among a host's configuration sources.</summary>
[Trait("Category", "Unit")]
public sealed class LocalModeSettingsTests : IDisposable
{
    private readonly TempFolder _repository = new();
    private readonly string _project;

    public LocalModeSettingsTests()
    {
        File.WriteAllText(Path.Combine(_repository.Path, "SesConsole.sln"), "");
        File.WriteAllText(Path.Combine(_repository.Path, LocalModeSettings.FileName), """
            { "Shared": { "FromRoot": "root", "Overridden": "root", "ByArgument": "root" } }
            """);
        _project = Directory.CreateDirectory(Path.Combine(_repository.Path, "Project", "bin")).FullName;
        File.WriteAllText(Path.Combine(_project, LocalModeSettings.FileName), """
            { "Shared": { "Overridden": "project" } }
            """);
    }

    public void Dispose() => _repository.Dispose();

    [Fact]
    public void InDevelopmentTheRootFileIsReadBeneathTheProjectsOwnFileAndTheCommandLine()
    {
        var configuration = Configure(Environments.Development, "--Shared:ByArgument=argument");

        Assert.Equal("root", configuration["Shared:FromRoot"]);
        Assert.Equal("project", configuration["Shared:Overridden"]);
        Assert.Equal("argument", configuration["Shared:ByArgument"]);
    }

    [Theory]
    [InlineData("Testing")]
    [InlineData("Production")]
    public void OutsideDevelopmentTheRootFileIsNotRead(string environment)
    {
        Assert.Null(Configure(environment)["Shared:FromRoot"]);
    }

    [Fact]
    public void WithoutTheSolutionAboveNothingIsRead()
    {
        File.Delete(Path.Combine(_repository.Path, "SesConsole.sln"));

        Assert.Null(Configure(Environments.Development)["Shared:FromRoot"]);
    }

    private IConfiguration Configure(string environment, params string[] args)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = args,
            ContentRootPath = _project,
            EnvironmentName = environment,
        });
        builder.Configuration.AddRepositoryLocalSettings(builder.Environment);
        return builder.Configuration;
    }
}
