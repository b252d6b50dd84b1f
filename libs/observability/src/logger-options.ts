import type { Config } from '@tessera/config';
import type { Params } from 'nestjs-pino';
import { instanceSlugOf, requestId } from './request-id';

// JSON logs with the request id and the instance slug on every line of a request.
export function loggerOptions(config: Config, app: 'api' | 'worker'): Params {
  return {
    pinoHttp: {
      level: config.log.level,
      base: { app },
      genReqId: (req) => requestId(req),
      customProps: (req) => {
        const tenant = instanceSlugOf(req.url);
        return tenant ? { tenant } : {};
      },
      redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
      autoLogging: { ignore: (req) => ['/healthz', '/readyz', '/metrics'].includes(req.url ?? '') },
      transport: config.log.pretty ? { target: 'pino-pretty', options: { singleLine: true } } : undefined,
    },
  };
}
