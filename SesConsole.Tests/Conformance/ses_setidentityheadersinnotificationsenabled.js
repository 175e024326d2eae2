// Includes (or not) the original headers in one notification type.
// Usage: node ses_setidentityheadersinnotificationsenabled.js <identity> <Bounce|Complaint|Delivery> <true|false>
import { SetIdentityHeadersInNotificationsEnabledCommand } from "@aws-sdk/client-ses";
import { report, send } from "./libs/run.js";

const [identity, notificationType, enabled] = process.argv.slice(2);

const createSetIdentityHeadersInNotificationsEnabledCommand = () =>
  new SetIdentityHeadersInNotificationsEnabledCommand({
    Identity: identity,
    NotificationType: notificationType,
    Enabled: enabled === "true",
  });

await report(() => send(createSetIdentityHeadersInNotificationsEnabledCommand()));
