import { ConfigurationErrorCode, ConfigurationError, invalidAt } from './configuration.errors';

export const CONFIGURATION_FORMAT = 'tessera-configuration';
// Raised when a change to the file's shape would be misread by an older import.
export const CONFIGURATION_VERSION = 1;

// What an export never holds, written in every file's header.
export const LEFT_OUT = [
  'people: agents, requesters, organizations, and who belongs to which team or department',
  'people named by configuration: department managers, team leads, the agents help topics, escalation steps, ticket filters and triggers assign or notify, and the agent a trigger condition names',
  'tickets, tasks, their messages and attachments',
  'secrets and what holds them: mailboxes, LDAP directories, webhooks, API keys',
  'recurring tickets (each names a requester)',
  'agent views and the logo image',
] as const;

export interface ConfigurationFile {
  format: typeof CONFIGURATION_FORMAT;
  version: number;
  exportedAt: string;
  instance: { slug: string };
  leftOut: string[];
  sections: Record<string, unknown>;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

// The file's sections once its header is one this build reads; refuses naming the member at fault.
export function sectionsOf(file: unknown, known: readonly string[]): Record<string, unknown> {
  if (!isObject(file)) throw invalidAt('file', 'is not a configuration file (a JSON object)');
  if (file.format !== CONFIGURATION_FORMAT) throw invalidAt('format', `must be "${CONFIGURATION_FORMAT}"`);
  const version = file.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) throw invalidAt('version', 'must be a whole number from 1');
  if (version > CONFIGURATION_VERSION) {
    throw new ConfigurationError(ConfigurationErrorCode.UnsupportedVersion, `version ${version} is newer than this server reads (${CONFIGURATION_VERSION})`, {
      field: 'version',
      version,
      supported: CONFIGURATION_VERSION,
    });
  }
  if (!isObject(file.sections)) throw invalidAt('sections', 'must be an object of sections');
  const unknown = Object.keys(file.sections).find((name) => !known.includes(name));
  if (unknown !== undefined) throw invalidAt(`sections.${unknown}`, 'is not a section of the configuration');
  return file.sections;
}
