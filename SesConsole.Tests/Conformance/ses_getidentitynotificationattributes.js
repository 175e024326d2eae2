// Prints the notification topics, forwarding and header flags of identities.
// Usage: node ses_getidentitynotificationattributes.js <identity> [<identity> ...]
import { GetIdentityNotificationAttributesCommand } from "@aws-sdk/client-ses";
import { report, send } from "./libs/run.js";

const identities = process.argv.slice(2);

const createGetIdentityNotificationAttributesCommand = (names) =>
  new GetIdentityNotificationAttributesCommand({ Identities: names });

await report(() => send(createGetIdentityNotificationAttributesCommand(identities)));
