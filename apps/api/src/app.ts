import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import { CONFIG, Config } from '@tessera/config';
import { METRICS, Metrics, quietStartup } from '@tessera/observability';
import { TenantService } from '@tessera/tenancy';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { httpMetrics } from './http/http-metrics';
import { ProblemFilter } from './http/problem.filter';
import { securityHeaders } from './http/security-headers';
import { BODY_MAX_BYTES, markInvalidUtf8, requestShape } from './http/request-shape';
import { uploads } from './http/uploads';
import { validationPipe } from './http/validation.pipe';
import { webApp } from './web/web-app';
import { openApiDocument } from './openapi';
import { RAW_MAIL_LIMIT, RAW_MAIL_TYPES } from './mail/mail-inbound.controller';

// Builds the HTTP application; main.ts listens, the end-to-end tests use it as it is.
export async function createApi(config?: Config): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), { bufferLogs: true });
  config = app.get<Config>(CONFIG);
  app.useLogger(quietStartup(app.get(Logger)));
  app.set('trust proxy', config.http.trustProxy);
  app.disable('x-powered-by');
  app.use(securityHeaders);
  app.use(httpMetrics(app.get<Metrics>(METRICS)));
  const web = webApp(config.web.root, (slug) => app.get(TenantService).resolve(slug));
  app.use('/static', web.assets);
  app.use(web.pages);
  // Nest's types leave out body-parser's verify hook, which it passes on all the same.
  const text = { limit: BODY_MAX_BYTES, verify: markInvalidUtf8 };
  app.useBodyParser('json', Object.assign({ type: ['application/json', 'application/*+json'] }, text));
  // Nest's own form parser would come after the request-shape gate; this one is the same, before it.
  app.useBodyParser('urlencoded', Object.assign({ extended: true }, text));
  app.useBodyParser('raw', { limit: RAW_MAIL_LIMIT, type: RAW_MAIL_TYPES });
  app.use(uploads());
  app.use(requestShape());
  app.useGlobalPipes(validationPipe());
  app.useGlobalFilters(new ProblemFilter());
  app.enableShutdownHooks();

  const document = openApiDocument(app);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  return app;
}
