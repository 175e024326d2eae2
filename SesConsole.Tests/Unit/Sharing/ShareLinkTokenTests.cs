using Microsoft.AspNetCore.DataProtection;
using SesConsole.Tests.Support;
using SesConsole.Web.Sharing;

namespace SesConsole.Tests.Unit.Sharing;

[Trait("Category", "Unit")]
public sealed class ShareLinkTokenTests
{
    private static ShareLinkTokens Tokens(string folder) =>
        new(DataProtectionProvider.Create(new DirectoryInfo(folder)));

    [Fact]
    public void ATokenLeadsBackToItsLinkId()
    {
        using var folder = new TempFolder();
        var tokens = Tokens(folder.Path);
        var id = Guid.NewGuid();

        Assert.True(tokens.TryRead(tokens.Create(id, DateTimeOffset.UtcNow.AddDays(7)), out var read));
        Assert.Equal(id, read);
    }

    [Fact]
    public void ATokenPastItsExpiryIsRefusedByTheProtector()
    {
        using var folder = new TempFolder();
        var tokens = Tokens(folder.Path);

        var token = tokens.Create(Guid.NewGuid(), DateTimeOffset.UtcNow.AddSeconds(-1));

        Assert.False(tokens.TryRead(token, out var read));
        Assert.Equal(Guid.Empty, read);
    }

    [Fact]
    public void ATokenFromAnotherPurposeIsRefused()
    {
        using var folder = new TempFolder();
        var provider = DataProtectionProvider.Create(new DirectoryInfo(folder.Path));
        var foreign = provider.CreateProtector("SomethingElse").Protect(Guid.NewGuid().ToString("N"));

        Assert.False(new ShareLinkTokens(provider).TryRead(foreign, out _));
    }
}
