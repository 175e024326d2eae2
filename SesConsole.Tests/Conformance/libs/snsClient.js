// The SNS client the sns_*.js scripts share, configured like sesClient.js (LocalSes answers SNS ListTopics on
// the same endpoint, telling the services apart by the signing name).
import { SNSClient } from "@aws-sdk/client-sns";

const endpoint = process.env.LOCALSES_ENDPOINT;
if (!endpoint) {
  console.error("Set LOCALSES_ENDPOINT to the endpoint to call (for example http://127.0.0.1:4579).");
  process.exit(2);
}

export const snsClient = new SNSClient({
  endpoint,
  region: process.env.AWS_REGION ?? "us-east-1",
  credentials: {
    accessKeyId: process.env.AWS_ACCESS_KEY_ID ?? "",
    secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY ?? "",
  },
  maxAttempts: 1,
});
