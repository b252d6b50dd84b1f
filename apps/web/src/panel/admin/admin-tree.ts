// Rows that name a parent (departments, help topics) in tree order: each parent followed by its
// children, by name, with their depth. A row whose parent is not in the list shows at the top.
export function treeOrder<T extends { id: string; name?: unknown }>(rows: readonly T[], parentField: string): { row: T; depth: number }[] {
  const ids = new Set(rows.map((row) => row.id));
  const parentOf = (row: T) => {
    const parent = (row as Record<string, unknown>)[parentField];
    return typeof parent === 'string' && ids.has(parent) ? parent : null;
  };
  const byName = (a: T, b: T) => String(a.name ?? '').localeCompare(String(b.name ?? ''));
  const ordered: { row: T; depth: number }[] = [];
  const seen = new Set<string>();
  const visit = (parent: string | null, depth: number) => {
    for (const row of rows.filter((candidate) => parentOf(candidate) === parent).sort(byName)) {
      if (seen.has(row.id)) continue;
      seen.add(row.id);
      ordered.push({ row, depth });
      visit(row.id, depth + 1);
    }
  };
  visit(null, 0);
  return ordered;
}
