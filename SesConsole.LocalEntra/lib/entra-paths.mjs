// Entra ID's v2.0 endpoint paths for one tenant, and the discovery document that advertises them.

export function entraPaths(tenantId) {
  return Object.freeze({
    discovery: `/${tenantId}/v2.0/.well-known/openid-configuration`,
    authorize: `/${tenantId}/oauth2/v2.0/authorize`,
    token: `/${tenantId}/oauth2/v2.0/token`,
    keys: `/${tenantId}/discovery/v2.0/keys`,
    logout: `/${tenantId}/oauth2/v2.0/logout`,
    // Not an Entra path: where a browser collects a form_post response (see local-entra.mjs).
    formPost: `/${tenantId}/oauth2/v2.0/form_post`,
  });
}

/** The issuer Microsoft.Identity.Web expects from `{Instance}{TenantId}/v2.0`, without a trailing slash. */
export function issuerFor(origin, tenantId) {
  return `${origin}/${tenantId}/v2.0`;
}

export function discoveryDocument(origin, tenantId) {
  const paths = entraPaths(tenantId);
  return {
    issuer: issuerFor(origin, tenantId),
    authorization_endpoint: origin + paths.authorize,
    token_endpoint: origin + paths.token,
    jwks_uri: origin + paths.keys,
    end_session_endpoint: origin + paths.logout,
    response_types_supported: ['code'],
    response_modes_supported: ['query', 'fragment', 'form_post'],
    grant_types_supported: ['authorization_code', 'refresh_token'],
    subject_types_supported: ['pairwise'],
    id_token_signing_alg_values_supported: ['RS256'],
    token_endpoint_auth_methods_supported: ['client_secret_post', 'client_secret_basic'],
    code_challenge_methods_supported: ['plain', 'S256'],
    scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
    claims_supported: [
      'sub', 'iss', 'aud', 'exp', 'iat', 'nbf', 'nonce', 'name', 'preferred_username',
      'oid', 'tid', 'roles', 'ver',
    ],
    request_uri_parameter_supported: false,
    http_logout_supported: true,
    frontchannel_logout_supported: true,
    tenant_region_scope: null,
  };
}
