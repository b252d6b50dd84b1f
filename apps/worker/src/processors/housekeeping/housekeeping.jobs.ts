export const HOUSEKEEPING_SCHEDULER = 'housekeeping-sweep';
