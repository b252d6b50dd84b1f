export const TIME_RULE_SCHEDULER = 'time-rule-sweep';
