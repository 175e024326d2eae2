import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fetchJwks, signIn, startTestEntra, verifyJwt } from '../testing/oidc-client.mjs';
import { findUser, validateUsers } from '../lib/users.mjs';

const usersFile = JSON.parse(readFileSync(new URL('../users.json', import.meta.url), 'utf8'));

describe('default users', () => {
  let entra;
  before(async () => { entra = await startTestEntra(); });
  after(() => entra.stop());

  const idClaims = async (hint, extra) => {
    const { tokens } = await signIn(entra, hint, extra);
    assert.equal(tokens.status, 200);
    return verifyJwt(tokens.body.id_token, await fetchJwks(entra));
  };

  test('ViewerGetsViewerRole', async () => {
    const claims = await idClaims('viewer');
    assert.equal(claims.name, 'Dev Viewer');
    assert.equal(claims.preferred_username, 'dev.viewer@sesconsole.local');
    assert.deepEqual(claims.roles, ['SesConsole.Viewer']);
    assert.equal(claims.oid, usersFile.find((u) => u.key === 'viewer').oid);
  });

  test('NoRoleUserHasNoRolesClaimAtAll', async () => {
    const claims = await idClaims('norole');
    assert.equal(claims.name, 'Dev No-role');
    assert.equal(claims.preferred_username, 'dev.norole@sesconsole.local');
    assert.equal(Object.hasOwn(claims, 'roles'), false);
    const { tokens } = await signIn(entra, 'norole');
    assert.equal(Object.hasOwn(verifyJwt(tokens.body.access_token, await fetchJwks(entra)), 'roles'), false);
  });

  test('LoginHintMayBeThePreferredUsernameInAnyCase', async () => {
    const claims = await idClaims('Dev.Viewer@SesConsole.Local');
    assert.equal(claims.preferred_username, 'dev.viewer@sesconsole.local');
  });

  test('OidIsStableAcrossSignInsAndDistinctPerUser', async () => {
    const first = await idClaims('admin');
    const second = await idClaims('admin');
    const viewer = await idClaims('viewer');
    assert.equal(first.oid, second.oid);
    assert.notEqual(first.oid, viewer.oid);
  });

  test('SubIsStablePerClientAndDiffersAcrossClients', async () => {
    const first = await idClaims('admin');
    const again = await idClaims('admin');
    const otherClient = await idClaims('admin', { client_id: '33333333-aaaa-bbbb-cccc-444444444444' });
    assert.equal(first.sub, again.sub);
    assert.notEqual(first.sub, otherClient.sub);
    assert.equal(otherClient.aud, '33333333-aaaa-bbbb-cccc-444444444444');
  });
});

describe('configured users', () => {
  const custom = [
    { key: 'ops', name: 'Ops Person', preferred_username: 'ops@example.test', oid: 'b0000000-0000-4000-8000-00000000000a', roles: ['SesConsole.Admin', 'SesConsole.Viewer'] },
  ];
  let entra;
  before(async () => { entra = await startTestEntra({ users: custom }); });
  after(() => entra.stop());

  test('UsersListReplacesTheDefaults', async () => {
    const { tokens } = await signIn(entra, 'ops');
    const claims = verifyJwt(tokens.body.id_token, await fetchJwks(entra));
    assert.equal(claims.name, 'Ops Person');
    assert.deepEqual(claims.roles, ['SesConsole.Admin', 'SesConsole.Viewer']);
    const page = await (await fetch(`${entra.origin}${entra.paths.authorize}?client_id=c&redirect_uri=http://127.0.0.1:1/cb&response_type=code&login_hint=admin`)).text();
    assert.match(page, /No local user matches the login hint "admin"/);
    assert.doesNotMatch(page, /Dev Admin/);
  });
});

describe('users validation', () => {
  const valid = () => structuredClone(usersFile);

  test('DefaultUsersFileIsValid', () => {
    const users = validateUsers(valid());
    assert.deepEqual(users.map((u) => u.key), ['admin', 'viewer', 'norole']);
  });

  test('DuplicateKeyIsRefused', () => {
    const users = valid();
    users[1].key = 'admin';
    assert.throws(() => validateUsers(users), { message: 'User 2 repeats the key "admin" of an earlier user.' });
  });

  test('OidThatIsNotAGuidIsRefused', () => {
    const users = valid();
    users[0].oid = 'admin-oid';
    assert.throws(() => validateUsers(users), /User 1 \("admin"\) needs an "oid" that is a GUID\./);
  });

  test('RolesThatAreNotAnArrayAreRefused', () => {
    const users = valid();
    users[0].roles = 'SesConsole.Admin';
    assert.throws(() => validateUsers(users), /"roles" that are not an array/);
  });

  test('EmptyListIsRefused', () => {
    assert.throws(() => validateUsers([]), /non-empty JSON array/);
  });

  test('FindUserIgnoresBlankHints', () => {
    const users = validateUsers(valid());
    assert.equal(findUser(users, ' '), undefined);
    assert.equal(findUser(users, undefined), undefined);
    assert.equal(findUser(users, ' ADMIN ').key, 'admin');
  });
});
