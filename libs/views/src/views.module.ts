import { Module } from '@nestjs/common';
import { AgentViewRepository } from './agent-view.repository';
import { AgentViewService } from './agent-view.service';

@Module({
  providers: [AgentViewRepository, AgentViewService],
  exports: [AgentViewService],
})
export class ViewsModule {}
