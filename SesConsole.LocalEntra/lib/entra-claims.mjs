// Shapes the claims oauth2-mock-server signs into what Entra ID puts in v2.0 ID and access tokens.
import { createHash } from 'node:crypto';

const OIDC_SCOPES = new Set(['openid', 'profile', 'email', 'offline_access']);

/** Entra's `sub` is pairwise: stable for one user and one application, different across applications. */
export function pairwiseSubject(tenantId, clientId, oid) {
  return createHash('sha256').update(`${tenantId}:${clientId}:${oid}`).digest('base64url');
}

/** The scopes that name an API rather than OpenID Connect itself, as Entra lists them in `scp`. */
export function apiScopes(scope) {
  return (scope ?? '').split(' ').filter((s) => s !== '' && !OIDC_SCOPES.has(s));
}

/**
 * Rewrites a token payload in place for the signed-in user.
 * oauth2-mock-server builds the access token with a `scope` claim and the ID token without one,
 * which is how the two are told apart here.
 */
export function applyEntraClaims(payload, { tenantId, clientId, user, scope }) {
  const isAccessToken = 'scope' in payload;
  delete payload.scope;
  delete payload.amr;
  Object.assign(payload, {
    aud: clientId,
    tid: tenantId,
    oid: user.oid,
    sub: pairwiseSubject(tenantId, clientId, user.oid),
    name: user.name,
    preferred_username: user.preferredUsername,
    ver: '2.0',
  });
  if (user.roles.length > 0) {
    payload.roles = [...user.roles];
  } else {
    delete payload.roles;
  }
  if (isAccessToken) {
    payload.azp = clientId;
    const scopes = apiScopes(scope);
    if (scopes.length > 0) {
      payload.scp = scopes.join(' ');
    }
  }
  return payload;
}

/** MSAL asks for `client_info=1` and expects the user's home account in the token response. */
export function clientInfo(tenantId, user) {
  return Buffer.from(JSON.stringify({ uid: user.oid, utid: tenantId })).toString('base64url');
}
