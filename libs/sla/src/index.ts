export { Pause, businessMinutes, dueAfter, pausedMinutes } from './clock';
export { OpenPeriod, OpeningInterval, Schedule, ScheduleProblem, Week, alwaysOpen, minutesOf, openPeriods, scheduleProblem, timeOf, WEEKDAYS, Weekday, workingWeek } from './schedule';
export { TargetInput, TargetState, targetState } from './target';
export { ClockDue, ClockEvent, ClockMarks, SLA_TARGETS, SlaTarget, StepTiming, TicketClock, TicketClockInput, clockDue, nextDueAt, ticketClock } from './ticket-clock';
