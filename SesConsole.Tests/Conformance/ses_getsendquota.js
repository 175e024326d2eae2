// Prints the sending quota and whether sending is enabled. Usage: node ses_getsendquota.js
import { GetAccountSendingEnabledCommand, GetSendQuotaCommand } from "@aws-sdk/client-ses";
import { report, send } from "./libs/run.js";

await report(async () => ({
  quota: await send(new GetSendQuotaCommand({})),
  sending: await send(new GetAccountSendingEnabledCommand({})),
}));
