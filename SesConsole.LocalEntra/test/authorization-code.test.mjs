import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  CLIENT_ID, REDIRECT_URI, authorizeRedirect, authorizeUrl, decodeJwt, fetchJwks, pkcePair, redeemCode, signIn,
  startTestEntra, verifyJwt,
} from '../testing/oidc-client.mjs';

const TENANT = '11111111-1111-1111-1111-111111111111';
const usersFile = JSON.parse(readFileSync(new URL('../users.json', import.meta.url), 'utf8'));
const admin = usersFile.find((u) => u.key === 'admin');

describe('authorization code flow', () => {
  let entra;
  before(async () => { entra = await startTestEntra(); });
  after(() => entra.stop());

  test('AdminSignInRedirectsToRedirectUriWithCodeAndState', async () => {
    const { location, state } = await signIn(entra, 'admin');
    assert.equal(`${location.origin}${location.pathname}`, REDIRECT_URI);
    assert.equal(location.searchParams.get('state'), state);
    assert.match(location.searchParams.get('code'), /\S+/);
  });

  test('AdminIdTokenSignatureVerifiesAgainstJwks', async () => {
    const { tokens } = await signIn(entra, 'admin');
    assert.equal(tokens.status, 200);
    const payload = verifyJwt(tokens.body.id_token, await fetchJwks(entra));
    assert.equal(payload.iss, entra.issuer);
  });

  test('TamperedIdTokenDoesNotVerify', async () => {
    const { tokens } = await signIn(entra, 'viewer');
    const jwks = await fetchJwks(entra);
    const [header, payload, signature] = tokens.body.id_token.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url'));
    claims.roles = ['SesConsole.Admin'];
    const forged = `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;
    assert.throws(() => verifyJwt(forged, jwks), /signature does not verify/);
  });

  test('AdminIdTokenCarriesEntraClaims', async () => {
    const { tokens, nonce } = await signIn(entra, 'admin');
    const claims = verifyJwt(tokens.body.id_token, await fetchJwks(entra));
    assert.equal(claims.iss, `${entra.origin}/${TENANT}/v2.0`);
    assert.equal(claims.aud, CLIENT_ID);
    assert.equal(claims.tid, TENANT);
    assert.equal(claims.oid, admin.oid);
    assert.equal(claims.name, 'Dev Admin');
    assert.equal(claims.preferred_username, 'dev.admin@sesconsole.local');
    assert.deepEqual(claims.roles, ['SesConsole.Admin']);
    assert.equal(claims.ver, '2.0');
    assert.equal(claims.nonce, nonce);
    assert.match(claims.sub, /^[A-Za-z0-9_-]{43}$/);
    assert.ok(claims.exp > claims.iat);
  });

  test('AccessTokenCarriesSameUserClaimsWithoutNonce', async () => {
    const { tokens } = await signIn(entra, 'admin', { scope: 'openid profile offline_access api://sesconsole/Identities.Read' });
    const idClaims = verifyJwt(tokens.body.id_token, await fetchJwks(entra));
    const accessClaims = verifyJwt(tokens.body.access_token, await fetchJwks(entra));
    for (const name of ['iss', 'aud', 'tid', 'oid', 'sub', 'name', 'preferred_username', 'ver']) {
      assert.deepEqual(accessClaims[name], idClaims[name], name);
    }
    assert.deepEqual(accessClaims.roles, ['SesConsole.Admin']);
    assert.equal(accessClaims.azp, CLIENT_ID);
    assert.equal(accessClaims.scp, 'api://sesconsole/Identities.Read');
    assert.equal(accessClaims.nonce, undefined);
  });

  test('TokenResponseHasEntraShape', async () => {
    const { tokens } = await signIn(entra, 'admin');
    assert.equal(tokens.body.token_type, 'Bearer');
    assert.equal(tokens.body.scope, 'openid profile offline_access');
    assert.equal(tokens.body.expires_in, 3600);
    assert.equal(tokens.body.ext_expires_in, 3600);
    assert.equal(typeof tokens.body.refresh_token, 'string');
  });

  test('ClientSecretIsNotChecked', async () => {
    const { verifier, challenge } = pkcePair();
    const location = await authorizeRedirect(authorizeUrl(entra, { login_hint: 'admin', code_challenge: challenge, code_challenge_method: 'S256' }));
    const tokens = await redeemCode(entra, { code: location.searchParams.get('code'), code_verifier: verifier, client_secret: 'wrong' });
    assert.equal(tokens.status, 200);
  });

  test('BasicAuthenticationNamesTheClient', async () => {
    const { verifier, challenge } = pkcePair();
    const location = await authorizeRedirect(authorizeUrl(entra, { login_hint: 'admin', code_challenge: challenge, code_challenge_method: 'S256' }));
    const response = await fetch(entra.origin + entra.paths.token, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Authorization: `Basic ${Buffer.from(`${CLIENT_ID}:secret`).toString('base64')}`,
      },
      body: new URLSearchParams({
        grant_type: 'authorization_code', code: location.searchParams.get('code'), code_verifier: verifier, redirect_uri: REDIRECT_URI,
      }),
    });
    assert.equal(response.status, 200);
    assert.equal(decodeJwt((await response.json()).id_token).payload.aud, CLIENT_ID);
  });

  test('CodeCanBeRedeemedOnlyOnce', async () => {
    const { verifier, challenge } = pkcePair();
    const location = await authorizeRedirect(authorizeUrl(entra, { login_hint: 'admin', code_challenge: challenge, code_challenge_method: 'S256' }));
    const code = location.searchParams.get('code');
    assert.equal((await redeemCode(entra, { code, code_verifier: verifier })).status, 200);
    const second = await redeemCode(entra, { code, code_verifier: verifier });
    assert.equal(second.status, 400);
    assert.equal(second.body.error, 'invalid_grant');
  });

  test('UnknownCodeIsRefused', async () => {
    const response = await redeemCode(entra, { code: 'made-up-code', code_verifier: pkcePair().verifier });
    assert.equal(response.status, 400);
    assert.equal(response.body.error, 'invalid_grant');
  });

  test('WrongCodeVerifierIsRefused', async () => {
    const { challenge } = pkcePair();
    const location = await authorizeRedirect(authorizeUrl(entra, { login_hint: 'admin', code_challenge: challenge, code_challenge_method: 'S256' }));
    const response = await redeemCode(entra, { code: location.searchParams.get('code'), code_verifier: pkcePair().verifier });
    assert.equal(response.status, 400);
    assert.equal(response.body.access_token, undefined);
    assert.match(response.body.error_description, /code_verifier/);
  });

  test('MissingCodeVerifierIsRefusedWhenChallengeWasSent', async () => {
    const { challenge } = pkcePair();
    const location = await authorizeRedirect(authorizeUrl(entra, { login_hint: 'admin', code_challenge: challenge, code_challenge_method: 'S256' }));
    const response = await redeemCode(entra, { code: location.searchParams.get('code') });
    assert.equal(response.status, 400);
    assert.equal(response.body.error, 'invalid_grant');
  });

  test('CodeIsUnusableAfterAFailedRedemption', async () => {
    const { verifier, challenge } = pkcePair();
    const location = await authorizeRedirect(authorizeUrl(entra, { login_hint: 'admin', code_challenge: challenge, code_challenge_method: 'S256' }));
    const code = location.searchParams.get('code');
    assert.equal((await redeemCode(entra, { code, code_verifier: pkcePair().verifier })).status, 400);
    const retry = await redeemCode(entra, { code, code_verifier: verifier });
    assert.equal(retry.status, 400);
    assert.equal(retry.body.error, 'invalid_grant');
  });

  test('RedirectUriMismatchIsRefused', async () => {
    const { verifier, challenge } = pkcePair();
    const location = await authorizeRedirect(authorizeUrl(entra, { login_hint: 'admin', code_challenge: challenge, code_challenge_method: 'S256' }));
    const response = await redeemCode(entra, {
      code: location.searchParams.get('code'), code_verifier: verifier, redirect_uri: 'http://127.0.0.1:5001/elsewhere',
    });
    assert.equal(response.status, 400);
    assert.equal(response.body.error, 'invalid_grant');
  });

  test('CodeIssuedToAnotherClientIsRefused', async () => {
    const { verifier, challenge } = pkcePair();
    const location = await authorizeRedirect(authorizeUrl(entra, { login_hint: 'admin', code_challenge: challenge, code_challenge_method: 'S256' }));
    const response = await redeemCode(entra, {
      code: location.searchParams.get('code'), code_verifier: verifier, client_id: '99999999-9999-9999-9999-999999999999',
    });
    assert.equal(response.status, 400);
    assert.equal(response.body.error, 'invalid_grant');
  });

  test('UnsupportedGrantTypeIsRefused', async () => {
    const response = await redeemCode(entra, { grant_type: 'password', username: 'dev.admin@sesconsole.local', password: 'x' });
    assert.equal(response.status, 400);
    assert.equal(response.body.error, 'unsupported_grant_type');
  });

  test('TokenRequestWithoutFormBodyIsRefused', async () => {
    const response = await fetch(entra.origin + entra.paths.token, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ grant_type: 'authorization_code' }),
    });
    assert.equal(response.status, 400);
    assert.equal((await response.json()).error, 'invalid_request');
  });

  test('RefreshTokenReturnsTokensForTheSameUserAndRotates', async () => {
    const { tokens } = await signIn(entra, 'viewer');
    const refresh = () => fetch(entra.origin + entra.paths.token, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'refresh_token', refresh_token: tokens.body.refresh_token, client_id: CLIENT_ID }),
    });
    const first = await refresh();
    assert.equal(first.status, 200);
    const body = await first.json();
    const claims = verifyJwt(body.id_token, await fetchJwks(entra));
    assert.equal(claims.preferred_username, 'dev.viewer@sesconsole.local');
    assert.deepEqual(claims.roles, ['SesConsole.Viewer']);
    assert.notEqual(body.refresh_token, tokens.body.refresh_token);
    assert.equal((await refresh()).status, 400);
  });

  test('NoRefreshTokenWithoutOfflineAccessScope', async () => {
    const { tokens } = await signIn(entra, 'admin', { scope: 'openid profile' });
    assert.equal(tokens.status, 200);
    assert.equal(tokens.body.refresh_token, undefined);
  });

  test('ClientInfoIsReturnedWhenAsked', async () => {
    const { verifier, challenge } = pkcePair();
    const location = await authorizeRedirect(authorizeUrl(entra, { login_hint: 'admin', code_challenge: challenge, code_challenge_method: 'S256' }));
    const response = await redeemCode(entra, { code: location.searchParams.get('code'), code_verifier: verifier, client_info: '1' });
    const info = JSON.parse(Buffer.from(response.body.client_info, 'base64url'));
    assert.deepEqual(info, { uid: admin.oid, utid: TENANT });
  });
});

describe('authorization code lifetime', () => {
  let entra;
  let clock = 1_000_000;
  before(async () => { entra = await startTestEntra({ now: () => clock }); });
  after(() => entra.stop());

  test('CodeExpiresAfterTenMinutes', async () => {
    const redeemAfter = async (elapsedMs) => {
      const { verifier, challenge } = pkcePair();
      const location = await authorizeRedirect(authorizeUrl(entra, { login_hint: 'admin', code_challenge: challenge, code_challenge_method: 'S256' }));
      clock += elapsedMs;
      return redeemCode(entra, { code: location.searchParams.get('code'), code_verifier: verifier });
    };
    assert.equal((await redeemAfter(10 * 60 * 1000 - 1)).status, 200);
    const late = await redeemAfter(10 * 60 * 1000);
    assert.equal(late.status, 400);
    assert.equal(late.body.error, 'invalid_grant');
  });
});
