import { useAgents, useDepartments, useTeams } from '../queue/queue-data';

// Names of the departments, agents and teams a task names by id.
export function useTaskNames() {
  const departments = useDepartments().data;
  const agents = useAgents().data;
  const teams = useTeams().data;
  const name = (items: { id: string; name: string }[] | undefined, id: string | null | undefined) => (id ? (items?.find((item) => item.id === id)?.name ?? '') : '');
  return {
    departments,
    agents,
    teams,
    department: (id: string | null | undefined) => name(departments, id),
    agent: (id: string | null | undefined) => name(agents, id),
    team: (id: string | null | undefined) => name(teams, id),
  };
}
