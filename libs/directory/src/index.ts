export { DirectoryModule } from './directory.module';
export { DirectoryService, SeededDirectory } from './directory.service';
export { DefaultConfiguration, defaultConfiguration } from './directory-defaults';
export {
  Department,
  HelpTopic,
  Priority,
  SlaPlan,
  TICKET_STATES,
  TicketState,
  TicketStatus,
  directoryEntities,
} from './directory.entities';
