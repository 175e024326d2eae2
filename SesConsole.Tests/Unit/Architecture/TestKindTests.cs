using System.Reflection;
using SesConsole.Tests.Support;

namespace SesConsole.Tests.Unit.Architecture;

/// <summary>
/// Tests are sorted by kind: a class under <c>SesConsole.Tests.&lt;Kind&gt;</c> (its folder) carries
/// <c>[Trait("Category", "&lt;Kind&gt;")]</c>, so <c>--filter "Category=Unit|Category=Component"</c> is the fast set.
/// </summary>
[Trait("Category", "Unit")]
public sealed class TestKindTests
{
    private static readonly string[] Kinds = ["Unit", "Component", "Integration", "Browser", "Conformance"];

    [Fact]
    public void EveryTestClassCarriesTheCategoryOfItsFolder()
    {
        var testClasses = typeof(TestKindTests).Assembly.GetTypes().Where(HasTests).ToList();

        var problems = testClasses.Select(CategoryProblem).OfType<string>().ToList();

        Assert.True(testClasses.Count > 80, $"Only {testClasses.Count} test classes found: the scan is broken.");
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void AClassWithoutACategoryIsNamed()
    {
        Assert.Equal(
            $"{typeof(Samples.Uncategorised).FullName} has no [Trait(\"Category\", ...)]; its folder says Unit.",
            CategoryProblem(typeof(Samples.Uncategorised)));
    }

    [Fact]
    public void AClassWhoseCategoryIsNotItsFolderIsNamed()
    {
        Assert.Equal(
            $"{typeof(Samples.Misfiled).FullName} says Category=Browser but lives under SesConsole.Tests.Unit.",
            CategoryProblem(typeof(Samples.Misfiled)));
    }

    [Fact]
    public void AClassOutsideTheKindFoldersIsNamed()
    {
        Assert.Equal(
            $"{typeof(OutsideKindFolders.Stray).FullName} is not under a kind folder ({string.Join(", ", Kinds)}).",
            CategoryProblem(typeof(OutsideKindFolders.Stray)));
    }

    [Fact]
    public void ARightlyFiledClassHasNoProblem() => Assert.Null(CategoryProblem(typeof(Samples.RightlyFiled)));

    private static bool HasTests(Type type) =>
        type is { IsClass: true, IsAbstract: false } &&
        type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
            .Any(m => m.IsDefined(typeof(FactAttribute), inherit: true));

    /// <summary>What is wrong with a test class's Category, or null when it matches its namespace (its folder).</summary>
    private static string? CategoryProblem(Type type)
    {
        var segments = (type.Namespace ?? "").Split('.');
        var folder = segments is ["SesConsole", "Tests", var kind, ..] && Kinds.Contains(kind) ? kind : null;
        var categories = type.GetCustomAttributesData()
            .Where(a => a.AttributeType == typeof(TraitAttribute) && (string?)a.ConstructorArguments[0].Value == "Category")
            .Select(a => (string?)a.ConstructorArguments[1].Value)
            .ToList();
        if (folder is null)
        {
            return $"{type.FullName} is not under a kind folder ({string.Join(", ", Kinds)}).";
        }

        return categories switch
        {
            [] => $"{type.FullName} has no [Trait(\"Category\", ...)]; its folder says {folder}.",
            [var only] when only == folder => null,
            [var only] => $"{type.FullName} says Category={only} but lives under SesConsole.Tests.{folder}.",
            _ => $"{type.FullName} has {categories.Count} Category traits; it needs exactly {folder}.",
        };
    }

    /// <summary>Classes for the checker's own tests: no test methods, so xunit never runs them.</summary>
    private static class Samples
    {
        public sealed class Uncategorised;

        [Trait("Category", "Browser")]
        public sealed class Misfiled;

        [Trait("Category", "Unit")]
        public sealed class RightlyFiled;
    }
}
