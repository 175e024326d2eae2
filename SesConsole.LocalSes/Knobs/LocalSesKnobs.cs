namespace SesConsole.LocalSes.Knobs;

/// <summary>Runtime switches of a running LocalSes for tests and benchmarks: latency, SES's rate limit and injected faults.</summary>
public sealed class LocalSesKnobs
{
    private readonly Lock _gate = new();
    private readonly Queue<LocalSesFault> _nextFaults = new();
    private TimeSpan _addedLatency;
    private bool _enforceSesRateLimit;
    private double _faultRate;
    private LocalSesFault _rateFault = LocalSesFault.InternalFailure;
    private long _throttlingAnswers;

    internal LocalSesKnobs(LocalSesKnobOptions initial)
    {
        AddedLatency = TimeSpan.FromMilliseconds(initial.AddedLatencyMs);
        EnforceSesRateLimit = initial.EnforceSesRateLimit;
        SetFaultRate(initial.FaultRate, initial.FaultKind);
    }

    public TimeSpan AddedLatency
    {
        get { lock (_gate) { return _addedLatency; } }
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, TimeSpan.Zero);
            lock (_gate) { _addedLatency = value; }
        }
    }

    public bool EnforceSesRateLimit
    {
        get { lock (_gate) { return _enforceSesRateLimit; } }
        set { lock (_gate) { _enforceSesRateLimit = value; } }
    }

    /// <summary>How many requests SES's rate limit (<see cref="EnforceSesRateLimit"/>) answered with Throttling since
    /// start (injected faults not counted).</summary>
    public long ThrottlingAnswers => Interlocked.Read(ref _throttlingAnswers);

    internal void CountThrottling() => Interlocked.Increment(ref _throttlingAnswers);

    /// <summary>The next <paramref name="count"/> SES requests get <paramref name="fault"/> (queued after any already queued).</summary>
    public void FailNext(int count, LocalSesFault fault)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        lock (_gate)
        {
            for (var i = 0; i < count; i++)
            {
                _nextFaults.Enqueue(fault);
            }
        }
    }

    /// <summary>From now on a share <paramref name="rate"/> (0 to 1) of SES requests gets <paramref name="fault"/>.</summary>
    public void SetFaultRate(double rate, LocalSesFault fault)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rate, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rate, 1);
        lock (_gate)
        {
            _faultRate = rate;
            _rateFault = fault;
        }
    }

    public void ClearFaults()
    {
        lock (_gate)
        {
            _nextFaults.Clear();
            _faultRate = 0;
        }
    }

    internal LocalSesFault? TakeFault()
    {
        lock (_gate)
        {
            if (_nextFaults.TryDequeue(out var queued))
            {
                return queued;
            }

            return _faultRate > 0 && Random.Shared.NextDouble() < _faultRate ? _rateFault : null;
        }
    }
}
