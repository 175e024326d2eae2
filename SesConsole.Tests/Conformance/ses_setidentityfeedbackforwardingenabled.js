// Turns email feedback forwarding on or off. Usage: node ses_setidentityfeedbackforwardingenabled.js <identity> <true|false>
import { SetIdentityFeedbackForwardingEnabledCommand } from "@aws-sdk/client-ses";
import { report, send } from "./libs/run.js";

const [identity, enabled] = process.argv.slice(2);

const createSetIdentityFeedbackForwardingEnabledCommand = () =>
  new SetIdentityFeedbackForwardingEnabledCommand({ Identity: identity, ForwardingEnabled: enabled === "true" });

await report(() => send(createSetIdentityFeedbackForwardingEnabledCommand()));
