import { createHash, randomBytes } from 'node:crypto';

/** A secret for a link or cookie: 256 bits from the operating system's secure random source. */
export function createToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the database keeps instead of a token: its SHA-256, so a copy of the data opens nothing. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}
