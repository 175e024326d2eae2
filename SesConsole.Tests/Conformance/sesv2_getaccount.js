// Reads the account's production access, sending, quota and enforcement status with SES API v2.
// Usage: node sesv2_getaccount.js
import { GetAccountCommand } from "@aws-sdk/client-sesv2";
import { sesv2Client } from "./libs/sesv2Client.js";
import { report, send } from "./libs/run.js";

await report(() => send(new GetAccountCommand({}), sesv2Client));
