// Lists email identities page by page with SES API v2, as in the SES developer guide's ListEmailIdentitiesCommand
// example. Usage: node sesv2_listemailidentities.js <PageSize> [Filter as JSON, e.g. '{"IDENTITY_TYPE":"DOMAIN"}']
import { ListEmailIdentitiesCommand } from "@aws-sdk/client-sesv2";
import { sesv2Client } from "./libs/sesv2Client.js";
import { report, send } from "./libs/run.js";

const [pageSize = "10", filter] = process.argv.slice(2);

const createListEmailIdentitiesCommand = (nextToken) =>
  new ListEmailIdentitiesCommand({
    PageSize: Number(pageSize),
    NextToken: nextToken,
    Filter: filter ? JSON.parse(filter) : undefined,
  });

await report(async () => {
  const pages = [];
  let nextToken;
  do {
    const page = await send(createListEmailIdentitiesCommand(nextToken), sesv2Client);
    pages.push(page.EmailIdentities);
    nextToken = page.NextToken;
  } while (nextToken);
  return { pages };
});
