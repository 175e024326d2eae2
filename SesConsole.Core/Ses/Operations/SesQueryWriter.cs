using System.Globalization;

namespace SesConsole.Core.Ses.Operations;

/// <summary>Builds the form parameters of an AWS Query call (lists as <c>Name.member.N</c>, 1-based).</summary>
internal sealed class SesQueryWriter
{
    private readonly string _action;
    private readonly List<KeyValuePair<string, string>> _parameters = [];

    public SesQueryWriter(string action) => _action = action;

    public SesQueryWriter Add(string name, string? value)
    {
        if (value is not null)
        {
            _parameters.Add(new(name, value));
        }

        return this;
    }

    public SesQueryWriter Add(string name, int? value) =>
        Add(name, value?.ToString(CultureInfo.InvariantCulture));

    /// <summary>Booleans as the Query protocol writes them: <c>true</c> / <c>false</c>.</summary>
    public SesQueryWriter Add(string name, bool value) => Add(name, value ? "true" : "false");

    /// <summary>Writes every member, including an empty list as no parameters at all (how SES reads it).</summary>
    public SesQueryWriter AddList(string name, IEnumerable<string> members)
    {
        var index = 1;
        foreach (var member in members)
        {
            _parameters.Add(new($"{name}.member.{index.ToString(CultureInfo.InvariantCulture)}", member));
            index++;
        }

        return this;
    }

    public SesQuery Build() => new(_action, _parameters.ToArray());
}
