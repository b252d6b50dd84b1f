export { allEntities } from './entities';
export { PlatformModule } from './platform.module';
export { NewInstance, ProvisionedInstance, ProvisioningService } from './provisioning.service';
export { runtimeModules } from './runtime-modules';
