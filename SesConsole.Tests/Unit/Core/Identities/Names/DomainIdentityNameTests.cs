using SesConsole.Core.Identities.Names;

namespace SesConsole.Tests.Unit.Core.Identities.Names;

[Trait("Category", "Unit")]
public class DomainIdentityNameTests
{
    private static readonly string Label63 = new('a', 63);

    public static TheoryData<string, string> Accepted => new()
    {
        { "example.com", "example.com" },
        { "Example.COM.", "example.com" },
        { "mail.example.co.uk", "mail.example.co.uk" },
        { "bücher.example", "xn--bcher-kva.example" },
        { "BÜCHER.example", "xn--bcher-kva.example" },
        { "a-b.example", "a-b.example" },
        { "123.example", "123.example" },
        { $"{Label63}.example", $"{Label63}.example" },
        { LongName(253), LongName(253) },
    };

    public static TheoryData<string?, string> Refused => new()
    {
        { null, "The domain name is empty." },
        { "", "The domain name is empty." },
        { "   ", "The domain name is empty." },
        { "exa mple.com", "The domain name contains a space; domain names cannot contain spaces." },
        { "example..com", "The domain name has an empty label (two dots in a row)." },
        { ".example.com", "The domain name has an empty label (it starts or ends with a dot)." },
        { "example.com..", "The domain name has an empty label (it starts or ends with a dot)." },
        { "localhost", "The domain name needs at least two labels, like example.com." },
        { $"{Label63}a.example", "The domain name has a label of 64 characters; each part between dots can have at most 63." },
        { LongName(255), "The domain name is 255 characters long; a domain name can have at most 253." },
        { "-example.com", "The domain name has a label that starts or ends with a hyphen ('-example')." },
        { "example-.com", "The domain name has a label that starts or ends with a hyphen ('example-')." },
        { "exa_mple.com", "The domain name contains '_'; only letters, digits, hyphens and dots are allowed." },
        { "user@example.com", "The domain name contains '@'; only letters, digits, hyphens and dots are allowed." },
        { "exa\tmple.com", "The domain name contains a space; domain names cannot contain spaces." },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void AcceptsAndNormalisesValidDomain(string input, string expected)
    {
        Assert.True(DomainIdentityName.TryCreate(input, out var name, out var error), error);
        Assert.Equal(expected, name.Value);
        Assert.Equal(IdentityKindOfDomain, name.Kind);
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void RefusesInvalidDomainWithOneSentence(string? input, string expected)
    {
        Assert.False(DomainIdentityName.TryCreate(input, out var name, out var error));
        Assert.Null(name);
        Assert.Equal(expected, error);
    }

    [Fact]
    public void UnicodeThatCannotBecomePunycodeIsRefused()
    {
        Assert.False(DomainIdentityName.TryCreate("bü\u200Bcher!.example", out _, out var error));
        Assert.EndsWith(".", error, StringComparison.Ordinal);
    }

    [Fact]
    public void EqualNamesAfterNormalisationAreEqual()
    {
        Assert.True(DomainIdentityName.TryCreate("Example.COM.", out var a, out _));
        Assert.True(DomainIdentityName.TryCreate("example.com", out var b, out _));
        Assert.Equal(a, b);
    }

    private static SesConsole.Core.Identities.IdentityKind IdentityKindOfDomain => SesConsole.Core.Identities.IdentityKind.Domain;

    /// <summary>A valid name of exactly <paramref name="length"/> characters made of 63-character labels.</summary>
    private static string LongName(int length)
    {
        var labels = new List<string>();
        var remaining = length;
        while (remaining > 0)
        {
            var size = Math.Min(63, remaining);
            if (remaining - size == 1)
            {
                size--;
            }

            labels.Add(new string((char)('a' + labels.Count), size));
            remaining -= size + 1;
        }

        var name = string.Join('.', labels);
        return name.Length == length ? name : throw new InvalidOperationException($"Built {name.Length}, wanted {length}.");
    }
}
