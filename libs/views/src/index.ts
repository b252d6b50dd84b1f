export { ViewsModule } from './views.module';
export { AgentView } from './agent-view.entity';
export { AgentViewService, ViewChanges, ViewInput } from './agent-view.service';
export { ViewError, ViewErrorCode } from './agent-view.errors';
export { MAX_VIEWS_PER_AGENT, VIEW_COLUMNS, VIEW_NAME_MAX_LENGTH, VIEW_POSITION, ViewColumn } from './view-columns';

import { AgentView } from './agent-view.entity';
export const viewEntities = [AgentView];
