namespace SesConsole.Core.Jobs;

/// <summary>One name an operator gave, with the line it came from.</summary>
public sealed record BulkInputLine(int LineNumber, string Text);

/// <summary>
/// Reads a pasted or uploaded list: one name per line, or CSV whose first column is the name (quotes removed; a
/// header such as <c>identity</c>, <c>email</c> or <c>domain</c> on the first line is skipped). Blank lines and lines
/// starting with <c>#</c> are ignored. No name is checked or changed here.
/// </summary>
public static class BulkInput
{
    private static readonly string[] HeaderWords = ["identity", "identities", "name", "email", "email address", "domain", "address"];

    public static IReadOnlyList<BulkInputLine> Read(string? text)
    {
        var lines = new List<BulkInputLine>();
        if (string.IsNullOrEmpty(text))
        {
            return lines;
        }

        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var field = FirstField(raw.TrimEnd('\r'));
            if (field.Length == 0 || field.StartsWith('#'))
            {
                continue;
            }

            if (lines.Count == 0 && HeaderWords.Contains(field, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            lines.Add(new BulkInputLine(number, field));
        }

        return lines;
    }

    private static string FirstField(string line)
    {
        var trimmed = line.Trim();
        if (trimmed.StartsWith('"'))
        {
            var end = trimmed.IndexOf('"', 1);
            return (end < 0 ? trimmed[1..] : trimmed[1..end]).Trim();
        }

        var separator = trimmed.AsSpan().IndexOfAny(",;\t");
        return (separator < 0 ? trimmed : trimmed[..separator]).Trim();
    }
}
