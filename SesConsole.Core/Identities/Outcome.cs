using System.Diagnostics.CodeAnalysis;

namespace SesConsole.Core.Identities;

/// <summary>Why an identity-service call did not succeed, in terms an operator can act on.</summary>
public enum FailureKind
{
    /// <summary>The input was refused before any SES call; nothing changed.</summary>
    InvalidInput,
    NotFound,
    AccessDenied,
    /// <summary>SES kept throttling after the SDK's retries.</summary>
    Throttled,
    /// <summary>SES (or the network to it) failed: 5xx, timeout, non-XML answer.</summary>
    Unavailable,
    /// <summary>SES refused the request for a reason of its own (for example <c>InvalidPolicy</c>); the message is SES's.</summary>
    RejectedBySes,
    /// <summary>The operator cancelled before SES answered.</summary>
    Cancelled,
}

/// <param name="Message">One plain sentence for the operator.</param>
/// <param name="Field">The input field at fault, for <see cref="FailureKind.InvalidInput"/>.</param>
public sealed record Failure(
    FailureKind Kind,
    string Message,
    string? SesErrorCode = null,
    string? RequestId = null,
    string? Field = null);

/// <summary>The result of an identity-service call: a value, or a <see cref="Failure"/> the UI can explain.</summary>
public sealed class Outcome<T>
{
    private Outcome(T? value, Failure? failure)
    {
        Value = value;
        Failure = failure;
    }

    public T? Value { get; }

    public Failure? Failure { get; }

    /// <summary>Something the operator must know about a success, such as an audit entry that is delayed.</summary>
    public string? Notice { get; private init; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Failure))]
    public bool Succeeded => Failure is null;

    public static Outcome<T> Success(T value) => new(value, null);

    public static Outcome<T> Fail(Failure failure) => new(default, failure);

    /// <summary>The same outcome with <paramref name="notice"/> for the operator.</summary>
    public Outcome<T> WithNotice(string notice) => new(Value, Failure) { Notice = notice };

    public static implicit operator Outcome<T>(T value) => Success(value);

    public static implicit operator Outcome<T>(Failure failure) => Fail(failure);
}

/// <summary>A mutation that returns nothing but SES's request id.</summary>
public sealed record Done(string? RequestId);
