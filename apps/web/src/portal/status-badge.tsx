import { Badge } from '@mantine/core';
import type { components } from '../api/schema';

type Status = components['schemas']['PortalStatusResponse'];

// Dark shades, so the white label keeps its contrast; the label itself carries the meaning.
const COLORS: Record<Status['state'], string> = { new: 'blue.8', open: 'blue.8', pending: 'grape.8', resolved: 'teal.9', closed: 'gray.7' };

export function StatusBadge({ status }: { status: Status }) {
  return (
    <Badge color={COLORS[status.state]} variant="filled" tt="none" size="md">
      {status.label}
    </Badge>
  );
}
