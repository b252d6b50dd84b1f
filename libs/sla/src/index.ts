export { Pause, businessMinutes, dueAfter, pausedMinutes } from './clock';
export { OpenPeriod, OpeningInterval, Schedule, Week, alwaysOpen, minutesOf, openPeriods, scheduleProblem, workingWeek } from './schedule';
export { TargetInput, TargetState, targetState } from './target';
