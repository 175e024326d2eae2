// One-time entries that expire: authorization codes, refresh tokens and pending form_post responses.

export class ExpiringStore {
  #entries = new Map();
  #lifetimeMs;
  #now;

  constructor(lifetimeMs, now) {
    this.#lifetimeMs = lifetimeMs;
    this.#now = now;
  }

  add(key, value) {
    this.#purge();
    this.#entries.set(key, { value, expiresAt: this.#now() + this.#lifetimeMs });
  }

  /** Removes the entry and returns its value, or undefined when it is unknown, used or expired. */
  take(key) {
    this.#purge();
    if (typeof key !== 'string') {
      return undefined;
    }
    const entry = this.#entries.get(key);
    this.#entries.delete(key);
    return entry?.value;
  }

  #purge() {
    const now = this.#now();
    for (const [key, entry] of this.#entries) {
      if (entry.expiresAt <= now) {
        this.#entries.delete(key);
      }
    }
  }
}
