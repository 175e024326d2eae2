// The SES client every script shares, configured only from environment variables so the same scripts run
// against LocalSes or (deliberately) a real account:
//   LOCALSES_ENDPOINT      the endpoint URL, e.g. http://127.0.0.1:4579 (required: these scripts never default to AWS)
//   AWS_REGION             the signing region, e.g. us-east-1
//   AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY   the credentials to sign with
import { SESClient } from "@aws-sdk/client-ses";

const endpoint = process.env.LOCALSES_ENDPOINT;
if (!endpoint) {
  console.error("Set LOCALSES_ENDPOINT to the SES endpoint to call (for example http://127.0.0.1:4579).");
  process.exit(2);
}

export const sesClient = new SESClient({
  endpoint,
  region: process.env.AWS_REGION ?? "us-east-1",
  credentials: {
    accessKeyId: process.env.AWS_ACCESS_KEY_ID ?? "",
    secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY ?? "",
  },
  maxAttempts: 1,
});
