using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using SesConsole.Core.Ses;
using SesConsole.LocalSes;

namespace SesConsole.Tests.Unit.Architecture;

/// <summary>
/// The README's "may depend on" column, checked on the compiled assemblies: Core stays free of the web, LocalSes
/// stays independent of Core, and the web app reaches SES only through Core's client abstraction.
/// </summary>
[Trait("Category", "Unit")]
public sealed class DependencyRuleTests
{
    private static readonly Assembly Core = typeof(ISesClient).Assembly;
    private static readonly Assembly LocalSes = typeof(LocalSesServer).Assembly;
    private static readonly Assembly Web = typeof(SesConsole.Web.Program).Assembly;

    [Fact]
    public void CoreReferencesNoWebLocalSesAspNetCoreOrEfCoreAssembly()
    {
        Assert.Empty(ReferencesMatching(
            Core, "SesConsole.Web", "SesConsole.LocalSes", "Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore", "MudBlazor", "Microsoft.Identity.Web"));
    }

    [Fact]
    public void LocalSesReferencesNoCoreOrWebAssembly()
    {
        Assert.Empty(ReferencesMatching(LocalSes, "SesConsole.Core", "SesConsole.Web"));
    }

    [Fact]
    public void WebUsesNoTypeOfCoresSesWireOrOfTheAwsSdk()
    {
        var wireTypes = TypeReferences(Web)
            .Where(t => t.Assembly == "AWSSDK.Core" ||
                        t.Namespace.StartsWith("SesConsole.Core.Ses.Operations", StringComparison.Ordinal) ||
                        t.Namespace.StartsWith("SesConsole.Core.Ses.Transport", StringComparison.Ordinal))
            .Select(t => $"{t.Namespace}.{t.Name}")
            .ToList();

        Assert.Empty(wireTypes);
    }

    [Fact]
    public void TheChecksSeeReferencesWhereTheyExist()
    {
        // Guards against checks that pass because they read nothing: the same scans find what Web does use.
        Assert.Contains(ReferencesMatching(Web, "Microsoft.EntityFrameworkCore"), name => name.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
        Assert.Contains(ReferencesMatching(Web, "SesConsole.Core"), name => name == "SesConsole.Core");
        Assert.Contains(TypeReferences(Web), t => t is { Assembly: "SesConsole.Core", Namespace: "SesConsole.Core.Identities" });
        Assert.Contains(TypeReferences(Core), t => t.Assembly == "AWSSDK.Core");
    }

    private static List<string> ReferencesMatching(Assembly assembly, params string[] prefixes) =>
        assembly.GetReferencedAssemblies()
            .Select(reference => reference.Name ?? "")
            .Where(name => prefixes.Any(prefix => name == prefix || name.StartsWith(prefix + ".", StringComparison.Ordinal)))
            .ToList();

    /// <summary>Every type the assembly's IL and signatures name from another assembly, read from its metadata.</summary>
    private static List<(string Assembly, string Namespace, string Name)> TypeReferences(Assembly assembly)
    {
        using var stream = File.OpenRead(assembly.Location);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var found = new List<(string, string, string)>();
        foreach (var handle in metadata.TypeReferences)
        {
            var reference = metadata.GetTypeReference(handle);
            var scope = reference.ResolutionScope;
            while (scope.Kind == HandleKind.TypeReference)
            {
                scope = metadata.GetTypeReference((TypeReferenceHandle)scope).ResolutionScope;
            }

            var owner = scope.Kind == HandleKind.AssemblyReference
                ? metadata.GetString(metadata.GetAssemblyReference((AssemblyReferenceHandle)scope).Name)
                : assembly.GetName().Name!;
            found.Add((owner, metadata.GetString(reference.Namespace), metadata.GetString(reference.Name)));
        }

        return found;
    }
}
