import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanEnv, runCli } from '../testing/cli-process.mjs';

const LISTENING = /^LocalEntra listening on http:\/\/127\.0\.0\.1:(\d+)$/;
const TENANT = '11111111-1111-1111-1111-111111111111';

describe('command line', () => {
  test('PortZeroPrintsListeningLineFirstAndServesDiscovery', async () => {
    const server = await runCli(['--port', '0']);
    try {
      assert.match(server.firstLine, LISTENING);
      const port = Number(LISTENING.exec(server.firstLine)[1]);
      assert.ok(port > 0);
      const document = await (await fetch(`http://127.0.0.1:${port}/${TENANT}/v2.0/.well-known/openid-configuration`)).json();
      assert.equal(document.issuer, `http://127.0.0.1:${port}/${TENANT}/v2.0`);
    } finally {
      assert.equal(await server.stop(), 0);
    }
  });

  test('TenantOptionChangesTheServedTenant', async () => {
    const tenant = '44444444-4444-4444-4444-444444444444';
    const server = await runCli(['--port', '0', '--tenant', tenant]);
    try {
      const port = Number(LISTENING.exec(server.firstLine)[1]);
      const response = await fetch(`http://127.0.0.1:${port}/${tenant}/v2.0/.well-known/openid-configuration`);
      assert.equal((await response.json()).issuer, `http://127.0.0.1:${port}/${tenant}/v2.0`);
    } finally {
      await server.stop();
    }
  });

  test('UsersOptionLoadsAnotherUsersFile', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'localentra-'));
    try {
      const file = join(folder, 'users.json');
      await writeFile(file, JSON.stringify([
        { key: 'auditor', name: 'Audit Person', preferred_username: 'auditor@example.test', oid: 'c0000000-0000-4000-8000-000000000001' },
      ]));
      const server = await runCli(['--port', '0', '--users', file]);
      try {
        const port = Number(LISTENING.exec(server.firstLine)[1]);
        const page = await (await fetch(`http://127.0.0.1:${port}/${TENANT}/oauth2/v2.0/authorize?client_id=c&redirect_uri=http://127.0.0.1:1/cb&response_type=code`)).text();
        assert.match(page, /Audit Person/);
        assert.doesNotMatch(page, /Dev Admin/);
      } finally {
        await server.stop();
      }
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });

  for (const host of ['0.0.0.0', '10.1.2.3', 'localhost']) {
    test(`NonLoopbackHost ${host} IsRefusedBeforeListening`, async () => {
      const result = await runCli(['--host', host, '--port', '0']);
      assert.equal(result.exitCode, 1);
      assert.equal(result.stderr, `The host must be a loopback address such as 127.0.0.1 or ::1, but was "${host}".\n`);
    });
  }

  for (const name of ['NODE_ENV', 'ASPNETCORE_ENVIRONMENT']) {
    test(`ProductionIn${name}IsRefused`, async () => {
      const result = await runCli(['--port', '0'], cleanEnv({ [name]: 'Production' }));
      assert.equal(result.exitCode, 1);
      assert.match(result.stderr, new RegExp(`refuses to start because ${name} is "Production"`));
    });
  }

  test('PortThatIsNotANumberIsRefused', async () => {
    const result = await runCli(['--port', 'http']);
    assert.equal(result.exitCode, 1);
    assert.match(result.stderr, /port must be a whole number from 0 to 65535, but was "http"/);
  });

  test('UnknownOptionIsRefusedWithUsage', async () => {
    const result = await runCli(['--bind', '0.0.0.0']);
    assert.equal(result.exitCode, 1);
    assert.match(result.stderr, /Unknown option '--bind'/);
    assert.match(result.stderr, /Usage: node server\.mjs/);
  });

  test('MissingUsersFileIsRefused', async () => {
    const result = await runCli(['--port', '0', '--users', join(tmpdir(), 'localentra-no-such-users.json')]);
    assert.equal(result.exitCode, 1);
    assert.match(result.stderr, /could not be read \(ENOENT\)/);
  });

  test('PortInUseIsReportedClearly', async () => {
    const first = await runCli(['--port', '0']);
    try {
      const port = LISTENING.exec(first.firstLine)[1];
      const second = await runCli(['--port', port]);
      assert.equal(second.exitCode, 1);
      assert.equal(second.stderr, `The port ${port} on 127.0.0.1 is already in use.\n`);
    } finally {
      await first.stop();
    }
  });
});
