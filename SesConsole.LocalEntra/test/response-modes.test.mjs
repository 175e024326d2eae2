import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  REDIRECT_URI, authorizeRedirect, authorizeUrl, fetchJwks, pkcePair, readForm, redeemCode, startTestEntra, verifyJwt,
} from '../testing/oidc-client.mjs';

describe('response_mode', () => {
  let entra;
  before(async () => { entra = await startTestEntra(); });
  after(() => entra.stop());

  const formPostPage = async (params) => {
    const relay = await authorizeRedirect(authorizeUrl(entra, { response_mode: 'form_post', ...params }));
    assert.equal(relay.origin, entra.origin, 'form_post goes through LocalEntra before the client');
    assert.equal(relay.searchParams.get('code'), null, 'the code is not put in a URL');
    const response = await fetch(relay);
    return { relay, response, html: await response.text() };
  };

  test('FormPostRendersAutoSubmittingFormToRedirectUri', async () => {
    const { verifier, challenge } = pkcePair();
    const { response, html } = await formPostPage({
      login_hint: 'admin', code_challenge: challenge, code_challenge_method: 'S256', state: 'form-state', nonce: 'form-nonce',
    });
    assert.equal(response.status, 200);
    const form = readForm(html);
    assert.equal(form.method, 'post');
    assert.equal(form.action, REDIRECT_URI);
    assert.deepEqual(Object.keys(form.fields).sort(), ['code', 'state']);
    assert.equal(form.fields.state, 'form-state');
    assert.match(html, /<script nonce="[^"]+">document\.forms\[0\]\.submit\(\);<\/script>/);
    const csp = response.headers.get('content-security-policy');
    assert.match(csp, /form-action http:\/\/127\.0\.0\.1:5001/);
    assert.match(csp, /script-src 'nonce-/);

    const tokens = await redeemCode(entra, { code: form.fields.code, code_verifier: verifier });
    const claims = verifyJwt(tokens.body.id_token, await fetchJwks(entra));
    assert.equal(claims.preferred_username, 'dev.admin@sesconsole.local');
    assert.equal(claims.nonce, 'form-nonce');
  });

  test('FormPostResponseCanBeCollectedOnlyOnce', async () => {
    const { relay } = await formPostPage({ login_hint: 'viewer' });
    const again = await fetch(relay);
    assert.equal(again.status, 400);
    assert.match(await again.text(), /already used or has expired/);
  });

  test('FormPostCarriesErrorsToo', async () => {
    const { html } = await formPostPage({ response_type: 'id_token', state: 'err-state' });
    const form = readForm(html);
    assert.equal(form.fields.error, 'unsupported_response_type');
    assert.equal(form.fields.state, 'err-state');
    assert.equal(form.fields.code, undefined);
  });

  test('FragmentModePutsCodeAndStateInTheFragment', async () => {
    const { verifier, challenge } = pkcePair();
    const location = await authorizeRedirect(authorizeUrl(entra, {
      response_mode: 'fragment', login_hint: 'admin', code_challenge: challenge, code_challenge_method: 'S256', state: 'frag',
    }));
    assert.equal(location.search, '');
    const fragment = new URLSearchParams(location.hash.slice(1));
    assert.equal(fragment.get('state'), 'frag');
    const tokens = await redeemCode(entra, { code: fragment.get('code'), code_verifier: verifier });
    assert.equal(tokens.status, 200);
  });

  test('QueryModeKeepsTheRedirectUriOwnQuery', async () => {
    const location = await authorizeRedirect(authorizeUrl(entra, {
      response_mode: 'query', login_hint: 'admin', redirect_uri: 'http://127.0.0.1:5001/cb?tenant=x',
    }));
    assert.equal(location.searchParams.get('tenant'), 'x');
    assert.ok(location.searchParams.get('code'));
  });
});

describe('logout', () => {
  let entra;
  before(async () => { entra = await startTestEntra(); });
  after(() => entra.stop());

  test('LogoutRedirectsToPostLogoutRedirectUriWithState', async () => {
    const url = new URL(entra.origin + entra.paths.logout);
    url.searchParams.set('post_logout_redirect_uri', 'http://127.0.0.1:5001/signout-callback-oidc');
    url.searchParams.set('state', 'bye');
    const response = await fetch(url, { redirect: 'manual' });
    assert.equal(response.status, 302);
    const location = new URL(response.headers.get('location'));
    assert.equal(`${location.origin}${location.pathname}`, 'http://127.0.0.1:5001/signout-callback-oidc');
    assert.equal(location.searchParams.get('state'), 'bye');
  });

  test('LogoutWithoutRedirectShowsSignedOutPage', async () => {
    const response = await fetch(entra.origin + entra.paths.logout, { redirect: 'manual' });
    assert.equal(response.status, 200);
    assert.match(await response.text(), /You have signed out of LocalEntra/);
  });

  test('LogoutWithRelativeRedirectIsRefused', async () => {
    const response = await fetch(`${entra.origin}${entra.paths.logout}?post_logout_redirect_uri=/home`, { redirect: 'manual' });
    assert.equal(response.status, 400);
    assert.match(await response.text(), /post_logout_redirect_uri must be an absolute/);
  });
});
