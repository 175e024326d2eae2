// Runs one command and prints one JSON line: the output without $metadata, or the error SES answered with.
import { sesClient } from "./sesClient.js";

export const send = async (command, client = sesClient) => {
  const { $metadata, ...output } = await client.send(command);
  return { httpStatusCode: $metadata.httpStatusCode, ...output };
};

export const report = async (work) => {
  try {
    console.log(JSON.stringify({ ok: true, ...(await work()) }));
  } catch (caught) {
    console.log(JSON.stringify({
      ok: false,
      name: caught.name,
      message: caught.message,
      httpStatusCode: caught.$metadata?.httpStatusCode,
    }));
    process.exitCode = 1;
  }
};
