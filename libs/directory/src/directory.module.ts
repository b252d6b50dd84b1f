import { Module } from '@nestjs/common';
import { AgentAccessService } from './agent-access.service';
import { DirectoryService } from './directory.service';

@Module({ providers: [DirectoryService, AgentAccessService], exports: [DirectoryService, AgentAccessService] })
export class DirectoryModule {}
