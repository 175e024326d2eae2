import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startLocalEntra } from '../lib/local-entra.mjs';
import { isLoopbackHost } from '../lib/guards.mjs';

describe('start-up guards', () => {
  for (const name of ['NODE_ENV', 'ASPNETCORE_ENVIRONMENT']) {
    test(`RefusesToStartWhen${name}IsProduction`, async () => {
      await assert.rejects(
        startLocalEntra({ port: 0, env: { [name]: 'Production' } }),
        { message: `LocalEntra refuses to start because ${name} is "Production": it is for Development and Testing only.` },
      );
    });
  }

  test('ProductionCheckIgnoresCase', async () => {
    await assert.rejects(startLocalEntra({ port: 0, env: { ASPNETCORE_ENVIRONMENT: 'production' } }), /refuses to start/);
  });

  test('StartsWhenEnvironmentIsDevelopment', async () => {
    const entra = await startLocalEntra({ port: 0, env: { NODE_ENV: 'development', ASPNETCORE_ENVIRONMENT: 'Testing' } });
    await entra.stop();
    assert.ok(entra.port > 0);
  });

  for (const host of ['0.0.0.0', '::', '192.168.1.10', 'localhost', 'example.test']) {
    test(`RefusesNonLoopbackHost ${host}`, async () => {
      await assert.rejects(startLocalEntra({ host, port: 0, env: {} }),
        { message: `The host must be a loopback address such as 127.0.0.1 or ::1, but was "${host}".` });
    });
  }

  test('LoopbackAddressesAreAccepted', () => {
    assert.equal(isLoopbackHost('127.0.0.1'), true);
    assert.equal(isLoopbackHost('127.0.0.2'), true);
    assert.equal(isLoopbackHost('::1'), true);
  });

  test('TenantThatIsNotAGuidIsRefused', async () => {
    await assert.rejects(startLocalEntra({ port: 0, env: {}, tenantId: 'contoso.onmicrosoft.com' }), /tenant id must be a GUID/);
  });

  test('PortOutOfRangeIsRefused', async () => {
    await assert.rejects(startLocalEntra({ port: 70000, env: {} }), /port must be a whole number from 0 to 65535/);
  });
});
