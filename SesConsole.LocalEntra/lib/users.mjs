// The local directory: who can be picked on the sign-in page, with the claims Entra would put in their tokens.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { isGuid } from './guards.mjs';

export const DEFAULT_USERS_FILE = fileURLToPath(new URL('../users.json', import.meta.url));

const KEY = /^[a-z0-9][a-z0-9._-]*$/;

export async function loadUsers(file = DEFAULT_USERS_FILE) {
  let text;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new Error(`The users file "${file}" could not be read (${error.code ?? error.message}).`);
  }
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new Error(`The users file "${file}" is not valid JSON (${error.message}).`);
  }
  return validateUsers(parsed);
}

/** Checks a parsed users list and returns frozen copies; the first problem found is reported in one sentence. */
export function validateUsers(list) {
  if (!Array.isArray(list) || list.length === 0) {
    throw new Error('The users list must be a non-empty JSON array of users.');
  }
  const seenKeys = new Set();
  const seenOids = new Set();
  const seenNames = new Set();
  return Object.freeze(list.map((user, index) => {
    const where = `User ${index + 1}`;
    if (user === null || typeof user !== 'object' || Array.isArray(user)) {
      throw new Error(`${where} must be a JSON object.`);
    }
    const { key, name, preferred_username: preferredUsername, oid, roles } = user;
    if (typeof key !== 'string' || !KEY.test(key)) {
      throw new Error(`${where} needs a "key" of lower-case letters, digits, ".", "_" or "-".`);
    }
    if (typeof name !== 'string' || name.trim() === '') {
      throw new Error(`${where} ("${key}") needs a non-empty "name".`);
    }
    if (typeof preferredUsername !== 'string' || preferredUsername.trim() === '') {
      throw new Error(`${where} ("${key}") needs a non-empty "preferred_username".`);
    }
    if (!isGuid(oid)) {
      throw new Error(`${where} ("${key}") needs an "oid" that is a GUID.`);
    }
    if (roles !== undefined && (!Array.isArray(roles) || roles.some((r) => typeof r !== 'string' || r.trim() === ''))) {
      throw new Error(`${where} ("${key}") has "roles" that are not an array of non-empty strings.`);
    }
    for (const [seen, value, label] of [
      [seenKeys, key, 'key'],
      [seenOids, oid.toLowerCase(), 'oid'],
      [seenNames, preferredUsername.toLowerCase(), 'preferred_username'],
    ]) {
      if (seen.has(value)) {
        throw new Error(`${where} repeats the ${label} "${value}" of an earlier user.`);
      }
      seen.add(value);
    }
    return Object.freeze({
      key,
      name,
      preferredUsername,
      oid: oid.toLowerCase(),
      roles: Object.freeze([...(roles ?? [])]),
    });
  }));
}

/** Finds the user a login_hint names, by key ("admin") or by preferred_username, ignoring case. */
export function findUser(users, hint) {
  if (typeof hint !== 'string' || hint.trim() === '') {
    return undefined;
  }
  const wanted = hint.trim().toLowerCase();
  return users.find((u) => u.key === wanted || u.preferredUsername.toLowerCase() === wanted);
}
