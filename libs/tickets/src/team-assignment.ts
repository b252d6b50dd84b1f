import { TeamAssignmentMode } from '@tessera/directory';

// A member of the team as automatic assignment weighs them.
export interface AssignmentCandidate {
  staffId: string;
  isActive: boolean;
  isLocked: boolean;
  awayUntil: Date | null;
  openTickets: number;
}

export interface AssignmentRule {
  mode: TeamAssignmentMode;
  // Agents holding this many open tickets are passed by; null: no cap.
  maxOpenPerAgent: number | null;
  // Who got the team's last ticket: round robin goes on after them.
  lastStaffId: string | null;
  now: Date;
}

// Which member gets the team's next ticket, or null for none (mode none, nobody available).
// Inactive, locked and away agents, and those at the cap, are passed by. Round robin takes the
// first available agent after the last one in a fixed order (by id); least loaded the one with
// fewest open tickets, ties going round in the same order. Pure: the caller holds the team's
// turn lock while it counts and records the choice.
export function chooseAssignee(candidates: readonly AssignmentCandidate[], rule: AssignmentRule): string | null {
  if (rule.mode === 'none') return null;
  const available = candidates.filter(
    (c) =>
      c.isActive &&
      !c.isLocked &&
      (c.awayUntil === null || c.awayUntil.getTime() <= rule.now.getTime()) &&
      (rule.maxOpenPerAgent === null || c.openTickets < rule.maxOpenPerAgent),
  );
  if (available.length === 0) return null;
  const ordered = [...available].sort((a, b) => (a.staffId < b.staffId ? -1 : a.staffId > b.staffId ? 1 : 0));
  // The order of turns: first those after the last agent, then from the start.
  const after = rule.lastStaffId === null ? -1 : ordered.findIndex((c) => c.staffId > rule.lastStaffId!);
  const turns = after < 0 ? ordered : [...ordered.slice(after), ...ordered.slice(0, after)];
  if (rule.mode === 'round_robin') return turns[0].staffId;
  const fewest = Math.min(...turns.map((c) => c.openTickets));
  return turns.find((c) => c.openTickets === fewest)!.staffId;
}
