namespace SesConsole.Core.Ses.Operations;

/// <summary>v1 SendEmail with a text body (members as <c>@aws-sdk/client-ses</c> writes them).</summary>
internal static class SendEmailOperation
{
    public const string Action = "SendEmail";
    private const string Utf8 = "UTF-8";

    public static SesQuery Write(SendEmailRequest request) =>
        new SesQueryWriter(Action)
            .Add("Source", request.Source)
            .AddList("Destination.ToAddresses", request.ToAddresses)
            .Add("Message.Subject.Data", request.Subject)
            .Add("Message.Subject.Charset", Utf8)
            .Add("Message.Body.Text.Data", request.TextBody)
            .Add("Message.Body.Text.Charset", Utf8)
            .Build();

    public static SendEmailResponse Read(SesQueryResult result) =>
        new(SesXml.RequiredText(result.Result, "MessageId"), result.RequestId);
}
