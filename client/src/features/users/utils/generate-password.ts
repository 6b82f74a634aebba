// An initial password the admin can read out or type without mistakes: letters and
// digits that cannot be confused (no 0/O, 1/l/I), in dash-separated groups of four.
// 20 characters from 57 symbols give about 116 bits of randomness.
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
const GROUPS = 5;
const GROUP_SIZE = 4;

export function generatePassword(): string {
  // Bytes at or above the largest multiple of the alphabet's size are dropped, so
  // every symbol is equally likely (no modulo bias).
  const limit = 256 - (256 % ALPHABET.length);
  const chars: string[] = [];
  while (chars.length < GROUPS * GROUP_SIZE) {
    for (const byte of crypto.getRandomValues(new Uint8Array(32))) {
      if (byte < limit && chars.length < GROUPS * GROUP_SIZE) chars.push(ALPHABET[byte % ALPHABET.length] ?? "");
    }
  }
  const groups: string[] = [];
  for (let i = 0; i < chars.length; i += GROUP_SIZE) groups.push(chars.slice(i, i + GROUP_SIZE).join(""));
  return groups.join("-");
}
