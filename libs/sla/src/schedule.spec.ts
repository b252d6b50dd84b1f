import { Schedule, alwaysOpen, minutesOf, scheduleProblem, timeOf, workingWeek } from './schedule';

describe('schedules', () => {
  it('accepts a working week, 24x7 and yearly holidays, leap day included', () => {
    expect(scheduleProblem(workingWeek('Europe/Madrid', '09:00', '17:00', ['2026-12-08', '--12-25', '--02-29']))).toBeNull();
    expect(scheduleProblem(alwaysOpen('Europe/Vienna'))).toBeNull();
    expect(minutesOf('24:00')).toBe(1440);
    expect([0, 545, 1440].map(timeOf)).toEqual(['00:00', '09:05', '24:00']);
  });

  it('says what is wrong with a schedule, and where', () => {
    const base = workingWeek('Europe/Madrid', '09:00', '17:00');
    const weekProblem = (week: Schedule['week']) => scheduleProblem({ ...base, week });
    expect(scheduleProblem({ ...base, timeZone: 'Europe/Atlantis' })).toEqual({ field: 'timeZone', message: 'Europe/Atlantis is not a time zone' });
    expect(weekProblem(base.week.slice(0, 6))).toEqual({ field: 'week', message: 'the week needs seven days, Monday first' });
    expect(weekProblem([[{ start: 600, end: 540 }], [], [], [], [], [], []])?.message).toMatch(/^day 1: an interval/);
    expect(weekProblem([[], [{ start: 0, end: 1441 }], [], [], [], [], []])?.message).toMatch(/^day 2: an interval/);
    expect(weekProblem([[{ start: 540, end: 720 }, { start: 700, end: 800 }], [], [], [], [], [], []])?.message).toMatch(/must not overlap/);
    expect(weekProblem([[], [], [], [], [], [], []])?.message).toMatch(/no opening hours/);
    for (const holiday of ['2026-02-30', '--13-01', '25/12', '2026-1-1']) {
      expect(scheduleProblem({ ...base, holidays: [holiday] })).toMatchObject({ field: 'holidays', message: expect.stringMatching(/neither a date/) });
    }
    expect(() => minutesOf('24:30')).toThrow();
    expect(() => minutesOf('9:00')).toThrow();
  });
});
