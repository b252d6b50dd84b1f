import { alwaysOpen, minutesOf, scheduleProblem, workingWeek } from './schedule';

describe('schedules', () => {
  it('accepts a working week, 24x7 and yearly holidays, leap day included', () => {
    expect(scheduleProblem(workingWeek('Europe/Madrid', '09:00', '17:00', ['2026-12-08', '--12-25', '--02-29']))).toBeNull();
    expect(scheduleProblem(alwaysOpen('Europe/Vienna'))).toBeNull();
    expect(minutesOf('24:00')).toBe(1440);
  });

  it('says what is wrong with a schedule', () => {
    const base = workingWeek('Europe/Madrid', '09:00', '17:00');
    expect(scheduleProblem({ ...base, timeZone: 'Europe/Atlantis' })).toMatch(/not a time zone/);
    expect(scheduleProblem({ ...base, week: base.week.slice(0, 6) })).toMatch(/seven days/);
    expect(scheduleProblem({ ...base, week: [[{ start: 600, end: 540 }], [], [], [], [], [], []] })).toMatch(/day 1: an interval/);
    expect(scheduleProblem({ ...base, week: [[], [{ start: 0, end: 1441 }], [], [], [], [], []] })).toMatch(/day 2: an interval/);
    expect(
      scheduleProblem({ ...base, week: [[{ start: 540, end: 720 }, { start: 700, end: 800 }], [], [], [], [], [], []] }),
    ).toMatch(/must not overlap/);
    expect(scheduleProblem({ ...base, week: [[], [], [], [], [], [], []] })).toMatch(/no opening hours/);
    for (const holiday of ['2026-02-30', '--13-01', '25/12', '2026-1-1']) expect(scheduleProblem({ ...base, holidays: [holiday] })).toMatch(/neither a date/);
    expect(() => minutesOf('24:30')).toThrow();
    expect(() => minutesOf('9:00')).toThrow();
  });
});
