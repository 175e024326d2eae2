import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  CLIENT_ID, REDIRECT_URI, authorizeUrl, fetchJwks, pkcePair, readForm, redeemCode, startTestEntra, verifyJwt,
} from '../testing/oidc-client.mjs';

describe('account picker', () => {
  let entra;
  before(async () => { entra = await startTestEntra(); });
  after(() => entra.stop());

  test('AuthorizeWithoutLoginHintShowsPickerListingTheThreeUsers', async () => {
    const response = await fetch(authorizeUrl(entra, {}), { redirect: 'manual' });
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type'), /^text\/html/);
    const html = await response.text();
    for (const text of ['Dev Admin', 'Dev Viewer', 'Dev No-role', 'dev.admin@sesconsole.local', 'roles: SesConsole.Admin', 'no roles']) {
      assert.ok(html.includes(text), `the page lacks ${text}`);
    }
    assert.deepEqual(readForm(html).buttons, [
      { name: 'login_hint', value: 'admin' },
      { name: 'login_hint', value: 'viewer' },
      { name: 'login_hint', value: 'norole' },
    ]);
  });

  test('PickerLoadsNoExternalAssets', async () => {
    const response = await fetch(authorizeUrl(entra, {}));
    const html = await response.text();
    assert.doesNotMatch(html, /<(script|link|img|iframe|object|embed)\b/i);
    assert.doesNotMatch(html, /\b(src|href)=/i);
    assert.doesNotMatch(html, /url\(|@import/i);
    assert.match(response.headers.get('content-security-policy'), /default-src 'none'/);
  });

  test('PickerKeepsEveryAuthorizeParameterEscaped', async () => {
    const url = authorizeUrl(entra, { state: '"><script>alert(1)</script>', nonce: 'n&1' });
    const html = await (await fetch(url)).text();
    assert.doesNotMatch(html, /<script>alert/);
    const form = readForm(html);
    assert.equal(form.method, 'get');
    assert.equal(form.action, entra.paths.authorize);
    assert.equal(form.fields.state, '"><script>alert(1)</script>');
    assert.equal(form.fields.nonce, 'n&1');
    assert.equal(form.fields.client_id, CLIENT_ID);
    assert.equal(form.fields.redirect_uri, REDIRECT_URI);
  });

  test('PickingAUserContinuesTheCodeFlow', async () => {
    const { verifier, challenge } = pkcePair();
    const page = await (await fetch(authorizeUrl(entra, { code_challenge: challenge, code_challenge_method: 'S256', nonce: 'picked' }))).text();
    const form = readForm(page);
    const submit = new URL(form.action, entra.origin);
    for (const [name, value] of Object.entries(form.fields)) {
      submit.searchParams.set(name, value);
    }
    submit.searchParams.set('login_hint', form.buttons.find((b) => b.value === 'viewer').value);
    const response = await fetch(submit, { redirect: 'manual' });
    assert.equal(response.status, 302);
    const location = new URL(response.headers.get('location'));
    assert.equal(location.searchParams.get('state'), form.fields.state);
    const tokens = await redeemCode(entra, { code: location.searchParams.get('code'), code_verifier: verifier });
    const claims = verifyJwt(tokens.body.id_token, await fetchJwks(entra));
    assert.equal(claims.name, 'Dev Viewer');
    assert.equal(claims.nonce, 'picked');
  });

  test('UnknownLoginHintShowsThePickerWithANotice', async () => {
    const response = await fetch(authorizeUrl(entra, { login_hint: 'nobody@sesconsole.local' }), { redirect: 'manual' });
    assert.equal(response.status, 200);
    const html = await response.text();
    assert.match(html, /No local user matches the login hint "nobody@sesconsole.local"/);
    assert.equal(readForm(html).buttons.length, 3);
  });
});

describe('authorize request errors', () => {
  let entra;
  before(async () => { entra = await startTestEntra(); });
  after(() => entra.stop());

  test('MissingClientIdIsRefusedWithoutRedirect', async () => {
    const response = await fetch(authorizeUrl(entra, { client_id: undefined, login_hint: 'admin' }), { redirect: 'manual' });
    assert.equal(response.status, 400);
    assert.match(await response.text(), /needs a client_id/);
  });

  test('RelativeRedirectUriIsRefused', async () => {
    const response = await fetch(authorizeUrl(entra, { redirect_uri: '/signin-oidc', login_hint: 'admin' }), { redirect: 'manual' });
    assert.equal(response.status, 400);
    assert.match(await response.text(), /absolute http or https URL/);
  });

  test('UnknownResponseModeIsRefused', async () => {
    const response = await fetch(authorizeUrl(entra, { response_mode: 'web_message', login_hint: 'admin' }), { redirect: 'manual' });
    assert.equal(response.status, 400);
    assert.match(await response.text(), /query, fragment or form_post/);
  });

  test('IdTokenResponseTypeRedirectsWithUnsupportedResponseType', async () => {
    const response = await fetch(authorizeUrl(entra, { response_type: 'id_token', state: 's1' }), { redirect: 'manual' });
    assert.equal(response.status, 302);
    const location = new URL(response.headers.get('location'));
    assert.equal(location.searchParams.get('error'), 'unsupported_response_type');
    assert.equal(location.searchParams.get('state'), 's1');
    assert.equal(location.searchParams.get('code'), null);
  });
});
