// Lists every topic ARN of the region, page by page. Usage: node sns_listtopics.js
import { ListTopicsCommand } from "@aws-sdk/client-sns";
import { report } from "./libs/run.js";
import { snsClient } from "./libs/snsClient.js";

const listAllTopics = async () => {
  const pages = [];
  let NextToken;
  do {
    const output = await snsClient.send(new ListTopicsCommand({ NextToken }));
    pages.push((output.Topics ?? []).map((t) => t.TopicArn));
    NextToken = output.NextToken;
  } while (NextToken);
  return { pages };
};

await report(listAllTopics);
