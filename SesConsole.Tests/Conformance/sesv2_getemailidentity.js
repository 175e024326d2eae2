// Reads one email identity with SES API v2 (DKIM, MAIL FROM, policies, status).
// Usage: node sesv2_getemailidentity.js <identity>
import { GetEmailIdentityCommand } from "@aws-sdk/client-sesv2";
import { sesv2Client } from "./libs/sesv2Client.js";
import { report, send } from "./libs/run.js";

const [emailIdentity] = process.argv.slice(2);

const createGetEmailIdentityCommand = (name) => new GetEmailIdentityCommand({ EmailIdentity: name });

await report(() => send(createGetEmailIdentityCommand(emailIdentity), sesv2Client));
