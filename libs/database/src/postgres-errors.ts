// PostgreSQL's unique_violation, as raised through the pg driver.
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === '23505';
}
