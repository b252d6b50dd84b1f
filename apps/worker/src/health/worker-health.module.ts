import { Module } from '@nestjs/common';
import { HealthServer } from './health.server';

// The health port alone, on top of the runtime modules; the worker module imports it.
@Module({ providers: [HealthServer], exports: [HealthServer] })
export class WorkerHealthModule {}
