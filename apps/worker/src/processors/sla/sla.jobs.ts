export const SLA_SCHEDULER = 'sla-sweep';
