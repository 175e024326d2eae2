#!/usr/bin/env node
// Command line for LocalEntra, the Entra-ID-shaped OpenID Connect provider for Development and Testing.
// The first stdout line is exactly "LocalEntra listening on http://HOST:PORT" so a caller can parse the port.
import { parseArgs } from 'node:util';
import { DEFAULT_HOST, DEFAULT_PORT, DEFAULT_TENANT_ID, assertNotProduction } from './lib/guards.mjs';
import { startLocalEntra } from './lib/local-entra.mjs';

const USAGE = `Usage: node server.mjs [--host ${DEFAULT_HOST}] [--port ${DEFAULT_PORT}] [--tenant ${DEFAULT_TENANT_ID}] [--users users.json]
  --host    a loopback address (127.0.0.0/8 or ::1); anything else is refused
  --port    0 picks a free port; the first output line tells which
  --tenant  the tenant id (a GUID) served at /{tenant}/v2.0 and put in the tid claim
  --users   a JSON file of users to offer (default: users.json beside this script)`;

function parsePort(text) {
  return /^\d{1,5}$/.test(text) ? Number(text) : Number.NaN;
}

async function main() {
  assertNotProduction(process.env);
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        host: { type: 'string' },
        port: { type: 'string' },
        tenant: { type: 'string' },
        users: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new Error(`${error.message}\n${USAGE}`);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (values.port !== undefined && Number.isNaN(parsePort(values.port))) {
    throw new Error(`The port must be a whole number from 0 to 65535, but was "${values.port}".`);
  }
  const entra = await startLocalEntra({
    host: values.host ?? DEFAULT_HOST,
    port: values.port === undefined ? DEFAULT_PORT : parsePort(values.port),
    tenantId: values.tenant ?? DEFAULT_TENANT_ID,
    usersFile: values.users,
    env: process.env,
    logger: {
      info: (line) => process.stdout.write(`${line}\n`),
      error: (line) => process.stderr.write(`${line}\n`),
    },
  });
  process.stdout.write(`LocalEntra listening on ${entra.origin}\n`);
  process.stdout.write(`Tenant ${entra.tenantId}: AzureAd:Instance=${entra.instance} AzureAd:TenantId=${entra.tenantId} `
    + `(issuer ${entra.issuer}). Development and Testing only.\n`);
  const stop = async () => {
    await entra.stop();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error) => {
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 1;
});
