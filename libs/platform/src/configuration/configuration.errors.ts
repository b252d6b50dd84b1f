import { errorFamily } from '@tessera/errors';

export enum ConfigurationErrorCode {
  Invalid = 'configuration.invalid',
  UnsupportedVersion = 'configuration.unsupported-version',
}

export class ConfigurationError extends errorFamily<ConfigurationErrorCode>({
  [ConfigurationErrorCode.Invalid]: 'invalid',
  [ConfigurationErrorCode.UnsupportedVersion]: 'invalid',
}) {}

// A refusal naming the place in the file, e.g. sections.helpTopics[2].department.
export function invalidAt(field: string, message: string): ConfigurationError {
  return new ConfigurationError(ConfigurationErrorCode.Invalid, `${field}: ${message}`, { field, errors: [{ field, message }] });
}
