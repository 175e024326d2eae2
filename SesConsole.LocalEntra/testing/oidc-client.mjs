// A minimal OpenID Connect relying party for the tests: PKCE, authorize over HTTP, code redemption,
// and ID-token signature checks with node:crypto only (independent of the library that signs).
import { createHash, createPublicKey, randomBytes, verify } from 'node:crypto';
import { startLocalEntra } from '../lib/local-entra.mjs';

export const CLIENT_ID = '22222222-2222-2222-2222-222222222222';
export const REDIRECT_URI = 'http://127.0.0.1:5001/signin-oidc';

/** Starts LocalEntra on a free loopback port with an environment that is not Production. */
export function startTestEntra(options = {}) {
  return startLocalEntra({ host: '127.0.0.1', port: 0, env: {}, ...options });
}

export function pkcePair() {
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  return { verifier, challenge };
}

export function authorizeUrl(entra, params) {
  const url = new URL(entra.origin + entra.paths.authorize);
  const all = {
    client_id: CLIENT_ID,
    redirect_uri: REDIRECT_URI,
    response_type: 'code',
    scope: 'openid profile offline_access',
    state: randomBytes(8).toString('hex'),
    nonce: randomBytes(8).toString('hex'),
    ...params,
  };
  for (const [name, value] of Object.entries(all)) {
    if (value !== undefined) {
      url.searchParams.set(name, value);
    }
  }
  return url;
}

/** Calls authorize without following redirects and returns the redirect target. */
export async function authorizeRedirect(url) {
  const response = await fetch(url, { redirect: 'manual' });
  if (response.status !== 302) {
    throw new Error(`authorize answered ${response.status}: ${await response.text()}`);
  }
  return new URL(response.headers.get('location'));
}

export async function redeemCode(entra, form) {
  const response = await fetch(entra.origin + entra.paths.token, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: CLIENT_ID,
      client_secret: 'any-secret',
      redirect_uri: REDIRECT_URI,
      ...form,
    }),
  });
  return { status: response.status, body: await response.json() };
}

/** A complete sign-in: authorize with a login_hint, then redeem the code with PKCE. */
export async function signIn(entra, loginHint, extra = {}) {
  const { verifier, challenge } = pkcePair();
  const nonce = randomBytes(8).toString('hex');
  const state = randomBytes(8).toString('hex');
  const location = await authorizeRedirect(authorizeUrl(entra, {
    login_hint: loginHint, code_challenge: challenge, code_challenge_method: 'S256', nonce, state, ...extra,
  }));
  const code = location.searchParams.get('code');
  const tokens = await redeemCode(entra, { code, code_verifier: verifier, client_id: extra.client_id ?? CLIENT_ID });
  return { location, code, nonce, state, tokens };
}

export async function fetchJwks(entra) {
  return (await fetch(entra.origin + entra.paths.keys)).json();
}

export function decodeJwt(token) {
  const [header, payload] = token.split('.').slice(0, 2)
    .map((part) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8')));
  return { header, payload };
}

/** Verifies an RS256 JWT against a JWK set and returns its payload; throws when it does not verify. */
export function verifyJwt(token, jwks) {
  const [encodedHeader, encodedPayload, signature] = token.split('.');
  const { header, payload } = decodeJwt(token);
  if (header.alg !== 'RS256') {
    throw new Error(`unexpected alg ${header.alg}`);
  }
  const jwk = jwks.keys.find((key) => key.kid === header.kid);
  if (jwk === undefined) {
    throw new Error(`no key ${header.kid} in the JWKS`);
  }
  const key = createPublicKey({ key: { kty: jwk.kty, n: jwk.n, e: jwk.e }, format: 'jwk' });
  const valid = verify('RSA-SHA256', Buffer.from(`${encodedHeader}.${encodedPayload}`),
    key, Buffer.from(signature, 'base64url'));
  if (!valid) {
    throw new Error('the signature does not verify');
  }
  return payload;
}

/** Reads the hidden inputs and the action of the first form of an HTML page. */
export function readForm(html) {
  const form = /<form\b([^>]*)>([\s\S]*?)<\/form>/i.exec(html);
  if (form === null) {
    throw new Error('no form in the page');
  }
  const attribute = (tag, name) => new RegExp(`\\b${name}="([^"]*)"`, 'i').exec(tag)?.[1];
  const unescape = (text) => text.replaceAll('&quot;', '"').replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
  const fields = {};
  for (const input of form[2].matchAll(/<input\b[^>]*>/gi)) {
    if (attribute(input[0], 'type') === 'hidden') {
      fields[unescape(attribute(input[0], 'name'))] = unescape(attribute(input[0], 'value'));
    }
  }
  return {
    method: attribute(form[1], 'method'),
    action: unescape(attribute(form[1], 'action')),
    fields,
    buttons: [...form[2].matchAll(/<button\b[^>]*\bname="([^"]*)"[^>]*\bvalue="([^"]*)"/gi)]
      .map((m) => ({ name: m[1], value: m[2] })),
  };
}
