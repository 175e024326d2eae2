// Sets (or, without a topic, removes) the SNS topic of one notification type.
// Usage: node ses_setidentitynotificationtopic.js <identity> <Bounce|Complaint|Delivery> [<topicArn>]
import { SetIdentityNotificationTopicCommand } from "@aws-sdk/client-ses";
import { report, send } from "./libs/run.js";

const [identity, notificationType, snsTopic] = process.argv.slice(2);

const createSetIdentityNotificationTopicCommand = () =>
  new SetIdentityNotificationTopicCommand({ Identity: identity, NotificationType: notificationType, SnsTopic: snsTopic });

await report(() => send(createSetIdentityNotificationTopicCommand()));
