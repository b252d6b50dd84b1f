import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { loadConfig } from '@tessera/config';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

// The OpenAPI document of every route, built from the controllers and their DTOs. The API serves
// it at /api/docs-json; the web app's typed client is generated from it (tools/openapi).
export function openApiDocument(app: INestApplication): OpenAPIObject {
  return SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Tessera API')
      .setDescription(
        'Multi-tenant helpdesk. Platform routes (/api/v1/platform) take the operator token; instance routes ' +
          '(/api/v1/t/{slug}) take a staff token from that instance\'s /auth/login; portal routes (/api/v1/t/{slug}/portal) ' +
          'take a requester session from portal/auth/login or portal/guest. Browsers sign in with X-Tessera-Session: cookie ' +
          'and then send X-CSRF-Token on unsafe methods. Errors are application/problem+json.',
      )
      .setVersion('1')
      .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'TESSERA_OPERATOR_TOKEN' }, 'operator')
      .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'token from POST /api/v1/t/{slug}/auth/login' }, 'staff')
      .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'token from POST /api/v1/t/{slug}/portal/auth/login or portal/guest' }, 'requester')
      .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'mailbox token (tsm_...) from POST /api/v1/t/{slug}/admin/mailboxes/{id}/inbound-token' }, 'mailbox')
      .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'instance API key (tsk_...) from POST /api/v1/t/{slug}/admin/api-keys, on the routes that name a scope' }, 'apiKey')
      .build(),
  );
}

// The document without a database or Redis: Nest's preview mode registers every controller
// without instantiating a provider, so nothing connects.
export async function offlineOpenApiDocument(): Promise<OpenAPIObject> {
  // Loaded here: the CLI's other commands never pay for the whole application's imports.
  const { AppModule } = await import('./app.module');
  const config = loadConfig({
    DATABASE_URL: 'postgres://offline@127.0.0.1:1/offline',
    REDIS_URL: 'redis://127.0.0.1:1',
    TESSERA_SECRET_KEY: 'offline-document-only-0123456789abcdef',
    LOG_LEVEL: 'silent',
  });
  const app = await NestFactory.create(AppModule.forRoot(config), { preview: true, logger: false, abortOnError: false });
  try {
    return openApiDocument(app);
  } finally {
    await app.close();
  }
}

// The TypeScript types of the document, as committed in apps/web/src/api/schema.d.ts.
export async function openApiTypes(document: OpenAPIObject): Promise<string> {
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  const ast = await openapiTS(document as unknown as Parameters<typeof openapiTS>[0], { alphabetize: true });
  return `// Generated from the API's OpenAPI document by tools/openapi: do not edit.\n${astToString(ast)}`;
}

// The JSON schemas of the admin API's request bodies (and the schemas they refer to), as committed
// in apps/web/src/api/admin-schemas.json: the admin console builds its forms from them.
export function adminFormSchemas(document: OpenAPIObject): Record<string, unknown> {
  const schemas = (document.components?.schemas ?? {}) as Record<string, unknown>;
  const picked = new Set<string>();
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== 'object') return;
    for (const [key, inner] of Object.entries(value)) {
      if (key === '$ref' && typeof inner === 'string') {
        const name = inner.replace('#/components/schemas/', '');
        if (!picked.has(name) && name in schemas) {
          picked.add(name);
          visit(schemas[name]);
        }
      } else visit(inner);
    }
  };
  for (const [path, operations] of Object.entries(document.paths)) {
    if (!path.startsWith('/api/v1/t/{slug}/admin/')) continue;
    for (const operation of Object.values(operations as Record<string, { requestBody?: unknown }>)) visit(operation?.requestBody);
  }
  return Object.fromEntries([...picked].sort().map((name) => [name, schemas[name]]));
}
