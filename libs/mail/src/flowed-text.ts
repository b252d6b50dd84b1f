// RFC 3676 format=flowed: a line ending in a space continues on the next line. Lines only join
// within the same quote depth (mailparser's own decoder ignores that and glues a reply onto the
// quote above it, which then cannot be told apart).
export function unflow(text: string, delSp: boolean): string {
  const out: string[] = [];
  let open: { depth: number; text: string } | null = null;
  for (const raw of text.split(/\r?\n/)) {
    const depth = /^>*/.exec(raw)![0].length;
    // Space-stuffing: a sender adds one space before lines starting with a space, ">" or "From ".
    let content = raw.slice(depth);
    if (content.startsWith(' ')) content = content.slice(1);
    const soft = content.endsWith(' ') && content !== '-- ';
    if (open && open.depth === depth) open.text += content;
    else {
      if (open) out.push(render(open));
      open = { depth, text: content };
    }
    if (soft) {
      if (delSp) open.text = open.text.slice(0, -1);
    } else {
      out.push(render(open));
      open = null;
    }
  }
  if (open) out.push(render(open));
  return out.join('\n');
}

function render({ depth, text }: { depth: number; text: string }): string {
  if (!depth) return text;
  return text ? `${'>'.repeat(depth)} ${text}` : '>'.repeat(depth);
}
