import { hash, verify } from '@node-rs/argon2';
import type { PasswordHasher } from '../app/ports.js';

// OWASP's argon2id baseline (19 MiB, 2 passes, 1 lane).
const options = { algorithm: 2 /* Algorithm.Argon2id, a const enum */, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/** argon2id through @node-rs/argon2, which runs off the event loop. */
export function createPasswordHasher(): PasswordHasher {
  return {
    hash: (password) => hash(password, options),
    verify: async (passwordHash, password) => {
      try {
        return await verify(passwordHash, password);
      } catch {
        return false;
      }
    },
  };
}
