import type { TFunction } from 'i18next';
import { isProblem } from '../../api/problem';
import { formatBytes, type Locale } from '../../format/format';

const KNOWN = new Set([
  'ticket.forbidden',
  'ticket.invalid',
  'ticket.locked',
  'ticket.invalid-transition',
  'ticket.open-tasks',
  'ticket.not-found',
  'ticket.already-assigned',
  'ticket.link-not-found',
  'ticket.invalid-tag',
  'ticket.tag-not-found',
  'ticket.too-many-tags',
  'organization.not-found',
  'directory.not-found',
  'request.invalid',
  'network',
]);

// A refused write in words, keyed by the problem's code.
export function problemText(error: unknown, t: TFunction, locale: Locale): string {
  if (isProblem(error, 'ticket.attachment-refused')) {
    // The instance's limits: the file named, and the limit it broke.
    const { filename, reason, maxBytes } = error.body as { filename?: string; reason?: string; maxBytes?: number };
    const limit = typeof maxBytes === 'number' ? formatBytes(maxBytes, locale) : '';
    return t(reason === 'too-large' ? 'ticket:problem.attachment-too-large' : 'ticket:problem.attachment-type', { name: filename ?? '', limit });
  }
  if (isProblem(error) && KNOWN.has(error.code)) {
    const lockedBy = error.body.lockedBy as { name?: string } | undefined;
    return t(`ticket:problem.${error.code.replace('.', '-')}`, { name: lockedBy?.name ?? '' });
  }
  return t('common:error.generic');
}
