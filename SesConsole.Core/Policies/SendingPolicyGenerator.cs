using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SesConsole.Core.Policies;

/// <summary>
/// Writes a <see cref="SendingPolicyDraft"/> as a sending-authorization policy. The output depends only on the
/// draft and the ARN (statements, principals and values in the order typed, actions in
/// <see cref="SendingActions.All"/> order, blank entries and repeats dropped), so a live preview never flickers.
/// It renders invalid drafts too; <see cref="SendingPolicyValidator"/> says what to fix.
/// </summary>
public static class SendingPolicyGenerator
{
    public const string Version = "2012-10-17";

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        NewLine = "\n",
        // Keeps '+' in "marketing+*@example.com" readable; the JSON is shown as text and sent to SES, never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <param name="identityArn">The identity's ARN, written as every statement's <c>Resource</c>.</param>
    public static string ToJson(SendingPolicyDraft draft, string identityArn)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(identityArn);

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            if (!string.IsNullOrWhiteSpace(draft.Id))
            {
                writer.WriteString("Id", draft.Id.Trim());
            }

            writer.WriteString("Version", Version);
            writer.WriteStartArray("Statement");
            var sids = StatementIds(draft.Statements);
            for (var i = 0; i < draft.Statements.Count; i++)
            {
                WriteStatement(writer, draft.Statements[i], sids[i], identityArn);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The Sid each statement gets: its own, or <c>AllowSend{n}</c>/<c>DenySend{n}</c> not taken by another.</summary>
    internal static IReadOnlyList<string> StatementIds(IReadOnlyList<PolicyStatementDraft> statements)
    {
        var taken = new HashSet<string>(
            statements.Select(s => s.Sid?.Trim() ?? string.Empty).Where(s => s.Length > 0), StringComparer.Ordinal);
        var sids = new string[statements.Count];
        for (var i = 0; i < statements.Count; i++)
        {
            var own = statements[i].Sid?.Trim() ?? string.Empty;
            if (own.Length > 0)
            {
                sids[i] = own;
                continue;
            }

            var stem = statements[i].Effect == PolicyEffect.Deny ? "DenySend" : "AllowSend";
            var number = i + 1;
            while (!taken.Add(stem + number))
            {
                number++;
            }

            sids[i] = stem + number;
        }

        return sids;
    }

    internal static IEnumerable<string> Cleaned(IEnumerable<string?> values) =>
        values.Select(v => v?.Trim() ?? string.Empty).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal);

    private static void WriteStatement(Utf8JsonWriter writer, PolicyStatementDraft statement, string sid, string identityArn)
    {
        writer.WriteStartObject();
        writer.WriteString("Sid", sid);
        writer.WriteString("Effect", statement.Effect == PolicyEffect.Deny ? "Deny" : "Allow");
        writer.WriteString("Resource", identityArn);

        writer.WriteStartObject("Principal");
        writer.WriteStartArray("AWS");
        foreach (var principal in Cleaned(statement.Principals))
        {
            writer.WriteStringValue(principal);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();

        writer.WriteStartArray("Action");
        foreach (var action in SendingActions.All.Where(statement.Actions.Contains))
        {
            writer.WriteStringValue(action.ActionName());
        }

        writer.WriteEndArray();

        var conditions = GroupConditions(statement.Conditions);
        if (conditions.Count > 0)
        {
            writer.WriteStartObject("Condition");
            foreach (var (op, keys) in conditions)
            {
                writer.WriteStartObject(op);
                foreach (var (key, values) in keys)
                {
                    WriteValues(writer, key, values);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    /// <summary>Operators in first-use order, each with its keys in first-use order; repeated operator+key rows merge.</summary>
    private static List<(string Operator, List<(string Key, List<string> Values)> Keys)> GroupConditions(
        IEnumerable<PolicyConditionDraft> conditions)
    {
        var grouped = new List<(string Operator, List<(string Key, List<string> Values)> Keys)>();
        foreach (var condition in conditions)
        {
            var op = condition.Operator?.Trim() ?? string.Empty;
            var key = condition.Key?.Trim() ?? string.Empty;
            var values = Cleaned(condition.Values).ToList();
            if (op.Length == 0 && key.Length == 0 && values.Count == 0)
            {
                continue;
            }

            var group = grouped.FindIndex(g => g.Operator == op);
            if (group < 0)
            {
                grouped.Add((op, []));
                group = grouped.Count - 1;
            }

            var keys = grouped[group].Keys;
            var existing = keys.FindIndex(k => k.Key == key);
            if (existing < 0)
            {
                keys.Add((key, values));
            }
            else
            {
                keys[existing].Values.AddRange(values.Where(v => !keys[existing].Values.Contains(v)));
            }
        }

        return grouped;
    }

    private static void WriteValues(Utf8JsonWriter writer, string key, List<string> values)
    {
        if (values.Count == 1)
        {
            writer.WriteString(key, values[0]);
            return;
        }

        writer.WriteStartArray(key);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }
}
