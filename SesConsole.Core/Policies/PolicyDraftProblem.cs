namespace SesConsole.Core.Policies;

/// <summary>One thing to fix in a <see cref="SendingPolicyDraft"/>.</summary>
/// <param name="Field">Which input is at fault, as a path with zero-based indexes the form can match:
/// <c>Name</c>, <c>Statements</c>, <c>Statements[1].Principals[2]</c>, <c>Statements[0].Conditions[0].Values[1]</c>,
/// <c>Document</c> (the whole policy).</param>
/// <param name="Message">One sentence naming the statement and item (counted from 1) and the fix.</param>
public sealed record PolicyDraftProblem(string Field, string Message);
