export { DirectoryModule } from './directory.module';
export { DirectoryService, SeededDirectory } from './directory.service';
export { DefaultConfiguration, defaultConfiguration } from './directory-defaults';
export {
  ClosedReplyPolicy,
  Department,
  HelpTopic,
  InstanceSettings,
  Priority,
  PriorityMode,
  Registration,
  Role,
  SlaPlan,
  StaffDepartment,
  Team,
  TeamMember,
  TICKET_STATES,
  TicketState,
  TicketStatus,
  directoryEntities,
} from './directory.entities';
export { AgentAccess, TicketScope, can, canSee, isMember } from './agent-access';
export { AgentAccessService } from './agent-access.service';
export { DEFAULT_ROLE_PERMISSIONS, DefaultRole, PERMISSIONS, Permission, isPermission } from './permissions';
export { MATRIX_LEVELS, MatrixLevel, PriorityBand, bandFor, defaultPriorityMatrix, isMatrixLevel, matrixProblem } from './priority-matrix';
