import { PriorityBand, matrixProblem, primaryColorProblem, referenceFormatProblem } from '@tessera/directory';
import { ConfigurationSection, ReferenceReader, ReferenceResolver } from './configuration-section';

const bands = (value: unknown): PriorityBand[] | null => (Array.isArray(value) ? (value as PriorityBand[]) : null);

// The checks the settings are saved with: a counter in the reference format, a colour white text
// reads on, bands that cover the matrix.
function problems(columns: Record<string, unknown>): Array<{ field: string; message: string }> {
  const found = [
    { field: 'referenceFormat', message: referenceFormatProblem(String(columns.reference_format)) },
    { field: 'primaryColor', message: columns.primary_color === null ? null : primaryColorProblem(String(columns.primary_color)) },
    { field: 'priorityMatrix', message: columns.priority_matrix === null ? null : matrixProblem(columns.priority_matrix as PriorityBand[]) },
  ];
  return found.filter((problem): problem is { field: string; message: string } => problem.message !== null);
}

// The instance's settings; its logo is a file of its own and is left out.
export const settingsSection: ConfigurationSection = {
  name: 'settings',
  table: 'instance_settings',
  key: [],
  singleton: true,
  identity: false,
  problems,
  fields: {
    referenceFormat: { column: 'reference_format', type: 'text' },
    closedReplyPolicy: { column: 'closed_reply_policy', type: 'text' },
    registration: { column: 'registration', type: 'text' },
    priorityMode: { column: 'priority_mode', type: 'text' },
    // The impact x urgency bands name their priority.
    priorityMatrix: {
      column: 'priority_matrix',
      type: 'json',
      nullable: true,
      toFile: (value: unknown, references: ReferenceReader) =>
        bands(value)?.map(({ priorityId, ...band }) => ({ ...band, priority: references.keyOf('priorities', priorityId) })) ?? null,
      fromFile: (value: unknown, references: ReferenceResolver, path: string) =>
        (Array.isArray(value) ? (value as Array<Record<string, unknown>>) : null)?.map(({ priority, ...band }, index) => ({
          ...band,
          priorityId: references.idOf('priorities', priority, `${path}[${index}].priority`),
        })) ?? null,
    },
    lockSeconds: { column: 'lock_seconds', type: 'integer' },
    autocloseDays: { column: 'autoclose_days', type: 'integer' },
    unknownSenderPolicy: { column: 'unknown_sender_policy', type: 'text' },
    autoresponseHourlyLimit: { column: 'autoresponse_hourly_limit', type: 'integer' },
    maxOpenTickets: { column: 'max_open_tickets', type: 'integer' },
    attachmentMaxBytes: { column: 'attachment_max_bytes', type: 'integer' },
    attachmentTypes: { column: 'attachment_types', type: 'texts' },
    defaultDepartment: { column: 'default_department_id', references: 'departments', nullable: true },
    defaultHelpTopic: { column: 'default_help_topic_id', references: 'helpTopics', nullable: true },
    companyName: { column: 'company_name', type: 'text', nullable: true },
    primaryColor: { column: 'primary_color', type: 'text', nullable: true },
    portalOnline: { column: 'portal_online', type: 'boolean' },
  },
};
