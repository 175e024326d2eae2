// Sends a text and HTML message, as the developer guide's example does.
// Usage: node ses_sendemail.js <fromAddress> <toAddress> [<ccAddress>]
import { SendEmailCommand } from "@aws-sdk/client-ses";
import { report, send } from "./libs/run.js";

const [fromAddress, toAddress, ccAddress] = process.argv.slice(2);

const createSendEmailCommand = () =>
  new SendEmailCommand({
    Destination: { CcAddresses: ccAddress ? [ccAddress] : [], ToAddresses: [toAddress] },
    Message: {
      Body: {
        Html: { Charset: "UTF-8", Data: "<p>HTML body</p>" },
        Text: { Charset: "UTF-8", Data: "Text body" },
      },
      Subject: { Charset: "UTF-8", Data: "Conformance message" },
    },
    Source: fromAddress,
    ReplyToAddresses: [],
  });

await report(() => send(createSendEmailCommand()));
