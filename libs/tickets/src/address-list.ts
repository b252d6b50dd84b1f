import { normalizeEmail } from '@tessera/directory';

export interface ListedAddress {
  email: string;
  name: string | null;
}

export interface AddressList {
  // Each address once, in the order given, lower-cased.
  addresses: ListedAddress[];
  // What could not be read as an address, as written.
  invalid: string[];
}

// One recipient of a pasted list: `"Serra, Joan" <addr>`, `Joan Serra <addr>`, `<addr>` or a bare
// address. An unquoted name holds no comma, semicolon or @, so a bare address before it stays apart.
const RECIPIENT = /"([^"]*)"\s*<([^<>]*)>|([^\s,;<>"@][^,;<>"@\n]*?)?\s*<([^<>]*)>|([^\s,;<>]+)/g;
const SEPARATORS = /^[\s,;]*$/;
const EDGES = /^[\s,;]+|[\s,;]+$/g;

// Reads a list pasted from a mail client or a spreadsheet: addresses separated by commas,
// semicolons, spaces or line breaks, with or without display names.
export function parseAddressList(text: string): AddressList {
  const found = new Map<string, ListedAddress>();
  const invalid: string[] = [];
  const stray = (from: number, to: number) => {
    const gap = text.slice(from, to);
    if (!SEPARATORS.test(gap)) invalid.push(gap.replace(EDGES, ''));
  };
  let last = 0;
  for (const match of text.matchAll(RECIPIENT)) {
    stray(last, match.index);
    last = match.index + match[0].length;
    const email = normalizeEmail(match[2] ?? match[4] ?? match[5]);
    if (!email) {
      invalid.push(match[0].replace(EDGES, ''));
      continue;
    }
    if (!found.has(email)) found.set(email, { email, name: (match[1] ?? match[3])?.trim() || null });
  }
  stray(last, text.length);
  return { addresses: [...found.values()], invalid };
}
