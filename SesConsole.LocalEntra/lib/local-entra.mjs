// LocalEntra: an Entra-ID-shaped OpenID Connect provider for Development and Testing.
// oauth2-mock-server's service issues the codes, checks PKCE, keeps the nonce and signs the JWTs; this node
// http front serves Entra's v2.0 paths, its discovery document, the account picker, form_post, and checks
// codes and refresh tokens (the mock accepts any), then hands the request to the service.
import { createServer } from 'node:http';
import { randomUUID } from 'node:crypto';
import { OAuth2Issuer, OAuth2Service } from 'oauth2-mock-server';
import {
  DEFAULT_HOST, DEFAULT_PORT, DEFAULT_TENANT_ID, assertLoopbackHost, assertNotProduction, assertPort,
  isGuid, normalizeTenantId,
} from './guards.mjs';
import { DEFAULT_USERS_FILE, findUser, loadUsers, validateUsers } from './users.mjs';
import { discoveryDocument, entraPaths, issuerFor } from './entra-paths.mjs';
import { applyEntraClaims, clientInfo } from './entra-claims.mjs';
import { ExpiringStore } from './expiring-store.mjs';
import { BadRequest, basicClientId, isHttpUrl, readForm, sendHtml, sendJson } from './http-io.mjs';
import { messagePage } from './html.mjs';
import { pickerPage } from './picker-page.mjs';
import { formPostPage } from './form-post-page.mjs';

const MINUTE_MS = 60 * 1000;
const CODE_LIFETIME_MS = 10 * MINUTE_MS;
const REFRESH_TOKEN_LIFETIME_MS = 24 * 60 * MINUTE_MS;
const FORM_POST_LIFETIME_MS = 5 * MINUTE_MS;
const RESPONSE_MODES = new Set(['query', 'fragment', 'form_post']);
const RESPONSE_FIELDS = ['code', 'state', 'error', 'error_description'];
const TENANT_ALIASES = new Set(['common', 'organizations', 'consumers']);
const SILENT_LOGGER = Object.freeze({ info() {}, error() {} });

/**
 * Starts LocalEntra and resolves once it listens.
 * @param {object} [options]
 * @param {string} [options.host] a loopback address (default 127.0.0.1)
 * @param {number} [options.port] default 5299; 0 picks a free port
 * @param {string} [options.tenantId] a GUID (default 11111111-1111-1111-1111-111111111111)
 * @param {string} [options.usersFile] a users.json path (default the bundled users.json)
 * @param {object[]} [options.users] users in the users.json format, instead of a file
 * @param {Record<string, string|undefined>} [options.env] checked for Production (default process.env)
 * @param {() => number} [options.now] clock in milliseconds, for code and refresh-token expiry
 * @param {{info(line: string): void, error(line: string): void}} [options.logger]
 */
export async function startLocalEntra(options = {}) {
  const {
    host = DEFAULT_HOST, port = DEFAULT_PORT, env = process.env, now = Date.now, logger = SILENT_LOGGER,
  } = options;
  assertNotProduction(env);
  assertLoopbackHost(host);
  assertPort(port);
  const tenantId = normalizeTenantId(options.tenantId ?? DEFAULT_TENANT_ID);
  const users = options.users === undefined
    ? await loadUsers(options.usersFile ?? DEFAULT_USERS_FILE)
    : validateUsers(options.users);
  const paths = entraPaths(tenantId);

  const issuer = new OAuth2Issuer();
  await issuer.keys.generate('RS256');
  const service = new OAuth2Service(issuer, {
    wellKnownDocument: paths.discovery,
    authorize: paths.authorize,
    token: paths.token,
    jwks: paths.keys,
    endSession: paths.logout,
  });

  const codes = new ExpiringStore(CODE_LIFETIME_MS, now);
  const refreshTokens = new ExpiringStore(REFRESH_TOKEN_LIFETIME_MS, now);
  const formPosts = new ExpiringStore(FORM_POST_LIFETIME_MS, now);
  // The front and the service's event listeners see the same request object.
  const authorizeRequests = new WeakMap();
  const tokenRequests = new WeakMap();
  let origin;

  service.on('beforeAuthorizeRedirect', ({ url }, req) => {
    const request = authorizeRequests.get(req);
    if (request === undefined) {
      return;
    }
    const code = url.searchParams.get('code');
    if (code !== null && request.user !== undefined) {
      codes.add(code, {
        user: request.user,
        clientId: request.clientId,
        redirectUri: request.redirectUri,
        scope: request.scope,
        hasCodeChallenge: request.hasCodeChallenge,
      });
      logger.info(`Signed in ${request.user.preferredUsername} for client ${request.clientId}.`);
    }
    const fields = Object.fromEntries(RESPONSE_FIELDS
      .filter((name) => url.searchParams.has(name))
      .map((name) => [name, url.searchParams.get(name)]));
    if (request.responseMode === 'form_post') {
      // The service can only redirect, so the browser is sent to a page of ours that posts the fields.
      const id = randomUUID();
      formPosts.add(id, { target: request.redirectUri, fields });
      url.href = `${origin}${paths.formPost}?id=${id}`;
    } else if (request.responseMode === 'fragment') {
      const target = new URL(request.redirectUri);
      target.hash = new URLSearchParams(fields).toString();
      url.href = target.href;
    }
  });

  service.on('beforeTokenSigning', (token, req) => {
    const grant = tokenRequests.get(req);
    if (grant !== undefined) {
      applyEntraClaims(token.payload, { tenantId, ...grant });
    }
  });

  service.on('beforeResponse', (response, req) => {
    const grant = tokenRequests.get(req);
    if (grant === undefined || response.statusCode !== 200) {
      return;
    }
    const body = response.body;
    body.scope = grant.scope;
    body.ext_expires_in = body.expires_in;
    if (grant.scope.split(' ').includes('offline_access')) {
      refreshTokens.add(body.refresh_token, grant);
    } else {
      delete body.refresh_token;
    }
    if (req.body.client_info === '1') {
      body.client_info = clientInfo(tenantId, grant.user);
    }
  });

  const handOver = (req, res) => service.requestHandler(req, res);

  function authorize(req, res, url) {
    const query = url.searchParams;
    const clientId = query.get('client_id');
    const redirectUri = query.get('redirect_uri');
    const responseMode = query.get('response_mode') ?? 'query';
    if (!clientId) {
      return sendHtml(res, 400, messagePage('Sign-in request is not valid', 'The authorize request needs a client_id.'));
    }
    if (!isHttpUrl(redirectUri)) {
      return sendHtml(res, 400, messagePage('Sign-in request is not valid',
        'The authorize request needs a redirect_uri that is an absolute http or https URL without a fragment.'));
    }
    if (!RESPONSE_MODES.has(responseMode)) {
      return sendHtml(res, 400, messagePage('Sign-in request is not valid',
        'The response_mode must be query, fragment or form_post.'));
    }
    const request = {
      clientId,
      redirectUri,
      responseMode,
      scope: query.get('scope') ?? 'openid',
      hasCodeChallenge: query.has('code_challenge'),
    };
    if (query.get('response_type') !== 'code') {
      // The service answers an unsupported response_type with an error redirect; no account is needed.
      authorizeRequests.set(req, request);
      return handOver(req, res);
    }
    const hint = query.get('login_hint');
    const user = findUser(users, hint);
    if (user === undefined) {
      const formActions = `'self' ${new URL(redirectUri).origin}`;
      return sendHtml(res, 200, pickerPage({
        action: paths.authorize,
        query,
        users,
        clientId,
        tenantId,
        unknownHint: hint ? hint : undefined,
      }), `default-src 'none'; style-src 'unsafe-inline'; form-action ${formActions}`);
    }
    authorizeRequests.set(req, { ...request, user });
    return handOver(req, res);
  }

  async function token(req, res) {
    const form = await readForm(req);
    const clientId = basicClientId(req) ?? form.client_id;
    if (!clientId) {
      throw new BadRequest(401, 'invalid_client',
        'The token request needs a client_id, in the body or in HTTP Basic authentication.');
    }
    let grant;
    switch (form.grant_type) {
      case 'authorization_code':
        grant = codes.take(form.code);
        if (grant === undefined) {
          throw new BadRequest(400, 'invalid_grant', 'The authorization code is unknown, expired or already used.');
        }
        if (grant.clientId !== clientId) {
          throw new BadRequest(400, 'invalid_grant', 'The authorization code was issued to another client.');
        }
        if (form.redirect_uri !== grant.redirectUri) {
          throw new BadRequest(400, 'invalid_grant',
            'The redirect_uri does not match the one of the authorize request.');
        }
        if (grant.hasCodeChallenge && form.code_verifier === undefined) {
          throw new BadRequest(400, 'invalid_grant',
            'The token request needs the code_verifier for the code_challenge of the authorize request.');
        }
        break;
      case 'refresh_token':
        grant = refreshTokens.take(form.refresh_token);
        if (grant === undefined) {
          throw new BadRequest(400, 'invalid_grant', 'The refresh token is unknown, expired or already used.');
        }
        if (grant.clientId !== clientId) {
          throw new BadRequest(400, 'invalid_grant', 'The refresh token was issued to another client.');
        }
        break;
      default:
        throw new BadRequest(400, 'unsupported_grant_type',
          'LocalEntra supports the authorization_code and refresh_token grants only.');
    }
    tokenRequests.set(req, { user: grant.user, clientId, scope: grant.scope });
    // The body is read; body-parser in the service skips a finished request and keeps req.body.
    req.body = { ...form, scope: grant.scope };
    return handOver(req, res);
  }

  function logout(req, res, url) {
    const target = url.searchParams.get('post_logout_redirect_uri');
    if (target === null) {
      return sendHtml(res, 200, messagePage('Signed out', 'You have signed out of LocalEntra; you can close this window.'));
    }
    if (!isHttpUrl(target)) {
      return sendHtml(res, 400, messagePage('Sign-out request is not valid',
        'The post_logout_redirect_uri must be an absolute http or https URL without a fragment.'));
    }
    return handOver(req, res);
  }

  function formPost(res, url) {
    const pending = formPosts.take(url.searchParams.get('id'));
    if (pending === undefined) {
      return sendHtml(res, 400, messagePage('Sign-in response not found',
        'This sign-in response was already used or has expired; start signing in again.'));
    }
    const { html, nonce } = formPostPage(pending);
    return sendHtml(res, 200, html,
      `default-src 'none'; style-src 'unsafe-inline'; script-src 'nonce-${nonce}'; form-action ${new URL(pending.target).origin}`);
  }

  const publicJson = { 'Access-Control-Allow-Origin': '*' };
  const routes = new Map([
    [paths.discovery, { GET: (req, res) => sendJson(res, 200, discoveryDocument(origin, tenantId), publicJson) }],
    [paths.keys, {
      GET: (req, res) => sendJson(res, 200, { keys: issuer.keys.toJSON().map((key) => ({ ...key, use: 'sig' })) }, publicJson),
    }],
    [paths.authorize, { GET: authorize }],
    [paths.token, { POST: token }],
    [paths.logout, { GET: logout }],
    [paths.formPost, { GET: (req, res, url) => formPost(res, url) }],
  ]);

  async function route(req, res) {
    const url = new URL(req.url, origin);
    const path = (url.pathname.replace(/\/+$/, '') || '/').toLowerCase();
    const entry = routes.get(path);
    if (entry === undefined) {
      const firstSegment = path.split('/')[1] ?? '';
      if ((isGuid(firstSegment) || TENANT_ALIASES.has(firstSegment)) && firstSegment !== tenantId) {
        return sendJson(res, 400, {
          error: 'invalid_tenant',
          error_description: `LocalEntra serves the tenant ${tenantId} only, not "${firstSegment}".`,
        });
      }
      return sendJson(res, 404, { error: 'not_found', error_description: `LocalEntra has nothing at ${url.pathname}.` });
    }
    const handler = entry[req.method];
    if (handler === undefined) {
      res.setHeader('Allow', Object.keys(entry).join(', '));
      return sendJson(res, 405, { error: 'invalid_request', error_description: `${url.pathname} does not accept ${req.method}.` });
    }
    return handler(req, res, url);
  }

  const server = createServer((req, res) => {
    Promise.resolve(route(req, res)).catch((error) => {
      if (error instanceof BadRequest) {
        return sendJson(res, error.status, { error: error.error, error_description: error.message });
      }
      logger.error(`LocalEntra failed on ${req.method} ${req.url?.split('?')[0]}: ${error.message}`);
      if (res.headersSent) {
        return res.destroy();
      }
      return sendJson(res, 500, { error: 'server_error', error_description: 'LocalEntra failed unexpectedly; see its output.' });
    });
  });

  await new Promise((resolve, reject) => {
    server.once('error', (error) => reject(error.code === 'EADDRINUSE'
      ? new Error(`The port ${port} on ${host} is already in use.`)
      : error));
    server.listen(port, host, resolve);
  });
  const boundPort = server.address().port;
  origin = `http://${host.includes(':') ? `[${host}]` : host}:${boundPort}`;
  issuer.url = issuerFor(origin, tenantId);

  return Object.freeze({
    origin,
    /** What AzureAd:Instance should be set to. */
    instance: `${origin}/`,
    issuer: issuer.url,
    tenantId,
    port: boundPort,
    users,
    paths,
    async stop() {
      const closed = new Promise((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  });
}
