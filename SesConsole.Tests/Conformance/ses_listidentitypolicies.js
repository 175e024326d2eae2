// Lists the names of the sending-authorization policies attached to an identity.
// Usage: node ses_listidentitypolicies.js <identity name or identity ARN>
import { ListIdentityPoliciesCommand } from "@aws-sdk/client-ses";
import { report, send } from "./libs/run.js";

const [identity] = process.argv.slice(2);

const createListIdentityPoliciesCommand = () => new ListIdentityPoliciesCommand({ Identity: identity });

await report(() => send(createListIdentityPoliciesCommand()));
