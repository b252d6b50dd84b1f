// tools/test hands the services it started to jest as TESSERA_TEST_* variables.
export function testEnvironment<Name extends string>(...names: Name[]): Record<Name, string> {
  const missing = names.filter((name) => !process.env[name]);
  if (missing.length > 0) {
    throw new Error(`Integration tests need the services tools/test starts (${missing.join(', ')} unset): run them with tools/test [path]`);
  }
  return Object.fromEntries(names.map((name) => [name, process.env[name]])) as Record<Name, string>;
}
