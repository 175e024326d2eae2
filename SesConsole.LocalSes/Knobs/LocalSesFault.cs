namespace SesConsole.LocalSes.Knobs;

/// <summary>A failure LocalSes can inject in place of a real answer.</summary>
public enum LocalSesFault
{
    /// <summary>400 with SES's Throttling error XML.</summary>
    Throttling,

    /// <summary>500 with SES's InternalFailure error XML.</summary>
    InternalFailure,

    /// <summary>503 whose body is an HTML page, not XML, like a proxy in front of the service would send.</summary>
    ServiceUnavailableHtml,

    /// <summary>An unexpected exception thrown inside request handling, to exercise the InternalFailure safety net.</summary>
    UnhandledException,
}
