// Reads `Name: value` lines the way mail headers are written (continuation lines start with a
// space or tab): the header section of an attached message, the fields of a delivery report.
// Values are unfolded and trimmed, not decoded.
export function parseHeaderBlock(text: string): Map<string, string[]> {
  const fields = new Map<string, string[]>();
  let name: string | null = null;
  let value = '';
  const flush = () => {
    if (name === null) return;
    const values = fields.get(name);
    if (values) values.push(value.trim());
    else fields.set(name, [value.trim()]);
    name = null;
  };
  for (const line of text.split(/\r?\n/)) {
    if (/^[ \t]/.test(line) && name !== null) {
      value += ` ${line.trim()}`;
      continue;
    }
    flush();
    const field = /^([\x21-\x39\x3b-\x7e]+)[ \t]*:(.*)$/.exec(line);
    if (field) {
      name = field[1].toLowerCase();
      value = field[2];
    }
  }
  flush();
  return fields;
}

// The header section of a message: everything before the first blank line.
export function headerText(message: Buffer | string, limit = 256 * 1024): string {
  const text = typeof message === 'string' ? message.slice(0, limit) : message.subarray(0, limit).toString('latin1');
  const blank = /\r?\n\r?\n/.exec(text);
  return blank ? text.slice(0, blank.index) : text;
}
