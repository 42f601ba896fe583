import { Module, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { Application } from 'express';
import { findWebRoot, webAppHandler } from './web-app.handler.js';

/**
 * Serves the built staff web app (apps/web/dist) at `/`, same origin as the API, with
 * index.html for client-side routes. Registered from onModuleInit, which Nest runs after the
 * API's routes and before its not-found handler: a path under /api or /metrics that no route
 * answers still reaches that handler and keeps the API's 404 error shape.
 */
@Module({})
export class WebAppModule implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onModuleInit(): void {
    const root = findWebRoot(new URL('.', import.meta.url).pathname);
    if (!root) return; // Not built (api-only development): the API works as before.
    this.adapterHost.httpAdapter.getInstance<Application>().use(webAppHandler(root));
  }
}
