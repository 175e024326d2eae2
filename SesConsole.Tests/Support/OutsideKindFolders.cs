namespace SesConsole.Tests.Support;

/// <summary>A class outside every kind folder, for <c>TestKindTests</c>; it holds no tests.</summary>
internal static class OutsideKindFolders
{
    [Trait("Category", "Unit")]
    public sealed class Stray;
}
