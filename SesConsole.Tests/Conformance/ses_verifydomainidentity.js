// Starts verification of a domain and prints its TXT token. Usage: node ses_verifydomainidentity.js <domain>
import { VerifyDomainIdentityCommand } from "@aws-sdk/client-ses";
import { report, send } from "./libs/run.js";

const [domain] = process.argv.slice(2);

const createVerifyDomainIdentityCommand = (name) => new VerifyDomainIdentityCommand({ Domain: name });

await report(() => send(createVerifyDomainIdentityCommand(domain)));
