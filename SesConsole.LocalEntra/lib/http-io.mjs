// Small helpers for the node http front: reading a form body, HTTP Basic client credentials, and responses.

export const MAX_FORM_BYTES = 64 * 1024;

export class BadRequest extends Error {
  constructor(status, error, description) {
    super(description);
    this.status = status;
    this.error = error;
  }
}

/** Reads an application/x-www-form-urlencoded body into a plain object; a repeated parameter is refused. */
export async function readForm(req) {
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') {
    throw new BadRequest(400, 'invalid_request', 'The request body must be application/x-www-form-urlencoded.');
  }
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_FORM_BYTES) {
      throw new BadRequest(413, 'invalid_request', `The request body is larger than ${MAX_FORM_BYTES} bytes.`);
    }
    chunks.push(chunk);
  }
  const form = {};
  for (const [name, value] of new URLSearchParams(Buffer.concat(chunks).toString('utf8'))) {
    if (Object.hasOwn(form, name)) {
      throw new BadRequest(400, 'invalid_request', `The request repeats the parameter "${name}".`);
    }
    form[name] = value;
  }
  return form;
}

/** The client id of `Authorization: Basic` credentials (RFC 6749 2.3.1 form-encodes it), or undefined. */
export function basicClientId(req) {
  const match = /^Basic\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  if (!match) {
    return undefined;
  }
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) {
    return undefined;
  }
  try {
    return decodeURIComponent(decoded.slice(0, colon).replaceAll('+', ' '));
  } catch {
    return undefined;
  }
}

export function isHttpUrl(value) {
  if (typeof value !== 'string' || !URL.canParse(value)) {
    return false;
  }
  const url = new URL(value);
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hash === '';
}

export function sendJson(res, status, body, extraHeaders = {}) {
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    ...extraHeaders,
  });
  res.end(JSON.stringify(body));
}

export function sendHtml(res, status, html, contentSecurityPolicy) {
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Content-Security-Policy': contentSecurityPolicy ?? "default-src 'none'; style-src 'unsafe-inline'",
  });
  res.end(html);
}
