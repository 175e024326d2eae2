import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestEntra } from '../testing/oidc-client.mjs';

const TENANT = '11111111-1111-1111-1111-111111111111';

describe('discovery', () => {
  let entra;
  before(async () => { entra = await startTestEntra(); });
  after(() => entra.stop());

  test('DiscoveryIssuerIsInstanceTenantV2WithoutTrailingSlash', async () => {
    const response = await fetch(`${entra.origin}/${TENANT}/v2.0/.well-known/openid-configuration`);
    assert.equal(response.status, 200);
    const document = await response.json();
    assert.equal(document.issuer, `http://127.0.0.1:${entra.port}/${TENANT}/v2.0`);
    assert.equal(entra.issuer, document.issuer);
    assert.equal(`${entra.instance}${TENANT}/v2.0`, document.issuer);
  });

  test('DiscoveryPointsAtEntraV2EndpointPaths', async () => {
    const document = await (await fetch(`${entra.origin}/${TENANT}/v2.0/.well-known/openid-configuration`)).json();
    const base = `http://127.0.0.1:${entra.port}/${TENANT}`;
    assert.equal(document.authorization_endpoint, `${base}/oauth2/v2.0/authorize`);
    assert.equal(document.token_endpoint, `${base}/oauth2/v2.0/token`);
    assert.equal(document.jwks_uri, `${base}/discovery/v2.0/keys`);
    assert.equal(document.end_session_endpoint, `${base}/oauth2/v2.0/logout`);
    assert.deepEqual(document.response_modes_supported, ['query', 'fragment', 'form_post']);
    assert.ok(document.code_challenge_methods_supported.includes('S256'));
  });

  test('KeysEndpointServesPublicRs256SigningKeyOnly', async () => {
    const jwks = await (await fetch(`${entra.origin}/${TENANT}/discovery/v2.0/keys`)).json();
    assert.equal(jwks.keys.length, 1);
    const [key] = jwks.keys;
    assert.equal(key.kty, 'RSA');
    assert.equal(key.alg, 'RS256');
    assert.equal(key.use, 'sig');
    assert.ok(key.kid.length > 0);
    for (const privatePart of ['d', 'p', 'q', 'dp', 'dq', 'qi']) {
      assert.equal(key[privatePart], undefined, `private field ${privatePart} is published`);
    }
  });

  test('OtherTenantIsRefusedWithInvalidTenant', async () => {
    const response = await fetch(`${entra.origin}/33333333-3333-3333-3333-333333333333/v2.0/.well-known/openid-configuration`);
    assert.equal(response.status, 400);
    assert.equal((await response.json()).error, 'invalid_tenant');
  });

  test('MockServerDefaultPathsAreNotExposed', async () => {
    for (const path of ['/.well-known/openid-configuration', '/authorize', '/token', '/jwks', '/userinfo', '/endsession']) {
      const response = await fetch(entra.origin + path);
      assert.equal(response.status, 404, path);
    }
  });

  test('TokenEndpointRefusesGet', async () => {
    const response = await fetch(`${entra.origin}/${TENANT}/oauth2/v2.0/token`);
    assert.equal(response.status, 405);
    assert.equal(response.headers.get('allow'), 'POST');
  });
});

describe('discovery for a configured tenant', () => {
  const tenant = 'ABCDEF01-2345-6789-ABCD-EF0123456789';
  let entra;
  before(async () => { entra = await startTestEntra({ tenantId: tenant }); });
  after(() => entra.stop());

  test('ConfiguredTenantIsServedInLowerCase', async () => {
    const lower = tenant.toLowerCase();
    const document = await (await fetch(`${entra.origin}/${lower}/v2.0/.well-known/openid-configuration`)).json();
    assert.equal(document.issuer, `${entra.origin}/${lower}/v2.0`);
    const defaultTenant = await fetch(`${entra.origin}/${TENANT}/v2.0/.well-known/openid-configuration`);
    assert.equal(defaultTenant.status, 400);
  });
});
