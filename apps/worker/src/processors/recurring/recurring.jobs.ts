export const RECURRING_SCHEDULER = 'recurring-sweep';
