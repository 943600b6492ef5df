import { randomInt } from 'node:crypto';

// No 0/O, 1/I/L: codes are read aloud and copied by hand.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A blind entry code such as GS-7K3Q9M: random, so it reveals neither order nor author. */
export function newEntryCode(): string {
  let code = 'GS-';
  for (let i = 0; i < 6; i += 1) code += ALPHABET.charAt(randomInt(ALPHABET.length));
  return code;
}
