// Prints the verification status of identities. Usage: node ses_getidentityverificationattributes.js <identity>...
import { GetIdentityVerificationAttributesCommand } from "@aws-sdk/client-ses";
import { report, send } from "./libs/run.js";

const identities = process.argv.slice(2);

const createGetIdentityVerificationAttributesCommand = (names) =>
  new GetIdentityVerificationAttributesCommand({ Identities: names });

await report(() => send(createGetIdentityVerificationAttributesCommand(identities)));
