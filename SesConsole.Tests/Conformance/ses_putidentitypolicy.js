// Attaches a sending-authorization policy that lets one account send as the identity.
// Usage: node ses_putidentitypolicy.js <identity> <policyName> <accountId> [<identityArnAccountId>]
import { PutIdentityPolicyCommand } from "@aws-sdk/client-ses";
import { report, send } from "./libs/run.js";

const [identity, policyName, principalAccountId, arnAccountId = "123456789012"] = process.argv.slice(2);
const region = process.env.AWS_REGION ?? "us-east-1";

const createPolicy = () =>
  JSON.stringify({
    Version: "2012-10-17",
    Statement: [
      {
        Sid: "AllowSendFromAccount",
        Effect: "Allow",
        Principal: { AWS: `arn:aws:iam::${principalAccountId}:root` },
        Action: ["ses:SendEmail", "ses:SendRawEmail"],
        Resource: `arn:aws:ses:${region}:${arnAccountId}:identity/${identity}`,
      },
    ],
  });

const createPutIdentityPolicyCommand = () =>
  new PutIdentityPolicyCommand({ Identity: identity, PolicyName: policyName, Policy: createPolicy() });

await report(() => send(createPutIdentityPolicyCommand()));
