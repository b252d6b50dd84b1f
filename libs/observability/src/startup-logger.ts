import type { LoggerService } from '@nestjs/common';

// Nest's start-up chatter: one line per module, controller and route. Useful when debugging, noise otherwise.
const STARTUP_CONTEXTS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestFactory', 'NestApplication']);

// Passes everything to the given logger, but Nest's start-up lines at debug level instead of info.
export function quietStartup(logger: LoggerService): LoggerService {
  const log: LoggerService['log'] = (message, ...rest) => {
    const context = rest[rest.length - 1];
    if (typeof context === 'string' && STARTUP_CONTEXTS.has(context) && logger.debug) logger.debug(message, ...rest);
    else logger.log(message, ...rest);
  };
  return {
    log,
    error: (message, ...rest) => logger.error(message, ...rest),
    warn: (message, ...rest) => logger.warn(message, ...rest),
    debug: logger.debug && ((message, ...rest) => logger.debug!(message, ...rest)),
    verbose: logger.verbose && ((message, ...rest) => logger.verbose!(message, ...rest)),
    fatal: logger.fatal && ((message, ...rest) => logger.fatal!(message, ...rest)),
  };
}
