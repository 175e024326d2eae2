// Lists identities of one type page by page, as in the SES developer guide's ListIdentitiesCommand example.
// Usage: node ses_listidentities.js <EmailAddress|Domain> <MaxItems>
import { ListIdentitiesCommand } from "@aws-sdk/client-ses";
import { report, send } from "./libs/run.js";

const [identityType = "EmailAddress", maxItems = "10"] = process.argv.slice(2);

const createListIdentitiesCommand = (nextToken) =>
  new ListIdentitiesCommand({ IdentityType: identityType, MaxItems: Number(maxItems), NextToken: nextToken });

await report(async () => {
  const pages = [];
  let nextToken;
  do {
    const page = await send(createListIdentitiesCommand(nextToken));
    pages.push(page.Identities);
    nextToken = page.NextToken;
  } while (nextToken);
  return { pages };
});
