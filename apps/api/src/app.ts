import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { CONFIG, Config } from '@tessera/config';
import { METRICS, Metrics } from '@tessera/observability';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { httpMetrics } from './http/http-metrics';
import { ProblemFilter } from './http/problem.filter';
import { securityHeaders } from './http/security-headers';
import { validationPipe } from './http/validation.pipe';
import { RAW_MAIL_LIMIT, RAW_MAIL_TYPES } from './mail/mail-inbound.controller';

// Builds the HTTP application; main.ts listens, the end-to-end tests use it as it is.
export async function createApi(config?: Config): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), { bufferLogs: true });
  config = app.get<Config>(CONFIG);
  app.useLogger(app.get(Logger));
  app.set('trust proxy', config.http.trustProxy);
  app.disable('x-powered-by');
  app.use(securityHeaders);
  app.use(httpMetrics(app.get<Metrics>(METRICS)));
  app.useBodyParser('json', { limit: '1mb', type: ['application/json', 'application/*+json'] });
  app.useBodyParser('raw', { limit: RAW_MAIL_LIMIT, type: RAW_MAIL_TYPES });
  app.useGlobalPipes(validationPipe());
  app.useGlobalFilters(new ProblemFilter());
  app.enableShutdownHooks();

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Tessera API')
      .setDescription(
        'Multi-tenant helpdesk. Platform routes (/api/v1/platform) take the operator token; instance routes ' +
          '(/api/v1/t/{slug}) take a staff token from that instance\'s /auth/login; portal routes (/api/v1/t/{slug}/portal) ' +
          'take a requester session from portal/auth/login or portal/guest. Errors are application/problem+json.',
      )
      .setVersion('1')
      .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'TESSERA_OPERATOR_TOKEN' }, 'operator')
      .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'token from POST /api/v1/t/{slug}/auth/login' }, 'staff')
      .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'token from POST /api/v1/t/{slug}/portal/auth/login or portal/guest' }, 'requester')
      .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'mailbox token (tsm_...) from POST /api/v1/t/{slug}/admin/mailboxes/{id}/inbound-token' }, 'mailbox')
      .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'instance API key (tsk_...) from POST /api/v1/t/{slug}/admin/api-keys, on the routes that name a scope' }, 'apiKey')
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  return app;
}
