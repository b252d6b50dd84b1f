export { allEntities } from './entities';
export { PlatformModule } from './platform.module';
export { NewInstance, ProvisionedInstance, ProvisioningService } from './provisioning.service';
export { runtimeModules } from './runtime-modules';
export { CONFIGURATION_FORMAT, CONFIGURATION_VERSION, ConfigurationFile, LEFT_OUT } from './configuration/configuration-file';
export { ConfigurationError, ConfigurationErrorCode } from './configuration/configuration.errors';
export { ConfigurationAction, ConfigurationChange, ConfigurationPlan, ConfigurationService } from './configuration/configuration.service';
export { CONFIGURATION_SECTION_NAMES } from './configuration/configuration-sections';
