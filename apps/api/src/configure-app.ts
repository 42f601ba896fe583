import { RequestMethod } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import type { AppConfig } from '#config';
import { requestIdMiddleware } from './http/logging.js';
import { bodyParserErrors, jsonBodyParser, requireJsonContentType } from './http/body-parsing.js';
import { mountQueueDashboard } from './operations/queue-dashboard.js';

/**
 * Everything about the HTTP surface that is not a route: used by main.ts and by the tests,
 * so the tests exercise exactly what production serves.
 * The app must be created with `{ bodyParser: false, bufferLogs: true }`.
 */
export function configureApp(app: NestExpressApplication, config: AppConfig): void {
  app.useLogger(app.get(Logger));
  app.set('trust proxy', 'loopback');
  app.disable('x-powered-by');
  app.use(requestIdMiddleware());
  app.use(
    helmet({
      // Swagger UI needs its inline bootstrap script; everything else stays strict.
      contentSecurityPolicy: {
        directives: {
          'script-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:'],
        },
      },
    }),
  );
  app.enableCors(
    config.corsOrigins.length
      ? {
          origin: config.corsOrigins,
          credentials: false,
          exposedHeaders: ['x-request-id', 'Retry-After'],
        }
      : { origin: false },
  );
  // Before the JSON-only rules: bull-board serves its page and assets and parses its own requests.
  mountQueueDashboard(app);
  app.use(requireJsonContentType());
  app.use(jsonBodyParser(config.bodyLimit));
  app.use(bodyParserErrors());
  app.setGlobalPrefix('api', {
    exclude: [{ path: 'metrics', method: RequestMethod.GET }],
  });
  setUpSwagger(app);
}

function setUpSwagger(app: NestExpressApplication): void {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Madoguchi API')
      .setDescription('Consultation and case management for NGOs supporting foreign workers in Japan.')
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, {
    jsonDocumentUrl: 'api/docs-json',
    yamlDocumentUrl: 'api/docs-yaml',
  });
}
