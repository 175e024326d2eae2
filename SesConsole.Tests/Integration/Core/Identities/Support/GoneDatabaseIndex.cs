using System.Reflection;
using SesConsole.Core.Index;

namespace SesConsole.Tests.Integration.Core.Identities.Support;

/// <summary>
/// A real identity index whose database can be taken away: while <see cref="Gone"/>, every call that would reach the
/// database (each returns a task) throws as a dropped database does, and is counted.
/// </summary>
public class GoneDatabaseIndex : DispatchProxy
{
    private IIdentityIndex _inner = null!;
    private int _refused;

    public bool Gone { get; set; }

    public int RefusedCalls => Volatile.Read(ref _refused);

    public static (IIdentityIndex Index, GoneDatabaseIndex Switch) Around(IIdentityIndex inner)
    {
        var index = Create<IIdentityIndex, GoneDatabaseIndex>();
        var control = (GoneDatabaseIndex)(object)index;
        control._inner = inner;
        return (index, control);
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        if (Gone && typeof(Task).IsAssignableFrom(targetMethod.ReturnType))
        {
            Interlocked.Increment(ref _refused);
            throw new InvalidOperationException("The database is gone (test).");
        }

        try
        {
            return targetMethod.Invoke(_inner, args);
        }
        catch (TargetInvocationException ex) when (ex.InnerException is not null)
        {
            throw ex.InnerException;
        }
    }
}
