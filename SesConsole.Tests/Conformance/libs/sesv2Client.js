// The SES API v2 client the sesv2_* scripts share, configured like sesClient.js from environment variables only
// (LOCALSES_ENDPOINT is required: these scripts never default to AWS).
import { SESv2Client } from "@aws-sdk/client-sesv2";

const endpoint = process.env.LOCALSES_ENDPOINT;
if (!endpoint) {
  console.error("Set LOCALSES_ENDPOINT to the SES endpoint to call (for example http://127.0.0.1:4579).");
  process.exit(2);
}

export const sesv2Client = new SESv2Client({
  endpoint,
  region: process.env.AWS_REGION ?? "us-east-1",
  credentials: {
    accessKeyId: process.env.AWS_ACCESS_KEY_ID ?? "",
    secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY ?? "",
  },
  maxAttempts: 1,
});
