// Start-up guards: LocalEntra signs tokens for made-up users, so it must never run in Production
// and must never be reachable from another machine.
import { isIP } from 'node:net';

export const DEFAULT_TENANT_ID = '11111111-1111-1111-1111-111111111111';
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 5299;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ENVIRONMENT_VARIABLES = ['NODE_ENV', 'ASPNETCORE_ENVIRONMENT', 'DOTNET_ENVIRONMENT'];

export function isGuid(value) {
  return typeof value === 'string' && GUID.test(value);
}

export function assertNotProduction(env) {
  for (const name of ENVIRONMENT_VARIABLES) {
    if ((env[name] ?? '').trim().toLowerCase() === 'production') {
      throw new Error(`LocalEntra refuses to start because ${name} is "${env[name]}": it is for Development and Testing only.`);
    }
  }
}

export function isLoopbackHost(host) {
  switch (isIP(host)) {
    case 4: return host.startsWith('127.');
    case 6: return host === '::1';
    default: return false;
  }
}

export function assertLoopbackHost(host) {
  if (!isLoopbackHost(host)) {
    throw new Error(`The host must be a loopback address such as 127.0.0.1 or ::1, but was "${host}".`);
  }
}

export function assertPort(port) {
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`The port must be a whole number from 0 to 65535, but was "${port}".`);
  }
}

export function normalizeTenantId(tenantId) {
  if (!isGuid(tenantId)) {
    throw new Error(`The tenant id must be a GUID such as ${DEFAULT_TENANT_ID}, but was "${tenantId}".`);
  }
  return tenantId.toLowerCase();
}
