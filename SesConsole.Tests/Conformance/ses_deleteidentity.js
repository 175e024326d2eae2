// Deletes an identity. Usage: node ses_deleteidentity.js <identity>
import { DeleteIdentityCommand } from "@aws-sdk/client-ses";
import { report, send } from "./libs/run.js";

const [identity] = process.argv.slice(2);

const createDeleteIdentityCommand = (name) => new DeleteIdentityCommand({ Identity: name });

await report(() => send(createDeleteIdentityCommand(identity)));
