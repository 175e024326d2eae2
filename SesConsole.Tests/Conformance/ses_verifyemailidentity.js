// Starts verification of an email address. Usage: node ses_verifyemailidentity.js <address>
import { VerifyEmailIdentityCommand } from "@aws-sdk/client-ses";
import { report, send } from "./libs/run.js";

const [emailAddress] = process.argv.slice(2);

const createVerifyEmailIdentityCommand = (address) => new VerifyEmailIdentityCommand({ EmailAddress: address });

await report(() => send(createVerifyEmailIdentityCommand(emailAddress)));
