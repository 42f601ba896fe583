import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants.js';
import { DiscoveryService, MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { IS_PUBLIC, PERMISSIONS, REQUIRED_PERMISSION } from '#access';
import { startApi } from './support/test-app.js';

/** Public routes, declared so on purpose: anything else must name a permission. */
const EXPECTED_PUBLIC = [
  'GET /health/live',
  'GET /health/ready',
  // Not for users: it checks the metrics token itself (API.md).
  'GET /metrics',
  'POST /v1/auth/login',
  'POST /v1/auth/refresh',
];

describe('every route declares its access', () => {
  let app: NestExpressApplication;
  beforeAll(async () => {
    ({ app } = await startApi());
  });
  afterAll(async () => {
    await app.close();
  });

  it('names a known permission, or is explicitly public', () => {
    const reflector = app.get(Reflector);
    const scanner = new MetadataScanner();
    const routes: { route: string; permission?: string; isPublic: boolean }[] = [];
    for (const wrapper of new DiscoveryService(app.get(ModulesContainer)).getControllers()) {
      const controller = wrapper.metatype;
      if (!controller || !wrapper.instance) continue;
      const base = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
      const prototype = Object.getPrototypeOf(wrapper.instance);
      for (const name of scanner.getAllMethodNames(prototype)) {
        const handler = prototype[name];
        const path = Reflect.getMetadata(PATH_METADATA, handler);
        if (path === undefined) continue;
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
        const full = `/${[base, String(path)]
          .map((p) => p.replace(/^\/|\/$/g, ''))
          .filter(Boolean)
          .join('/')}`;
        routes.push({
          route: `${method} ${full}`,
          permission: reflector.getAllAndOverride(REQUIRED_PERMISSION, [handler, controller]),
          isPublic: reflector.getAllAndOverride(IS_PUBLIC, [handler, controller]) === true,
        });
      }
    }
    expect(routes.length).toBeGreaterThan(10);
    const undeclared = routes.filter((r) => !r.isPublic && !r.permission).map((r) => r.route);
    expect(undeclared).toEqual([]);
    const unknown = routes.filter((r) => r.permission && !(PERMISSIONS as readonly string[]).includes(r.permission));
    expect(unknown).toEqual([]);
    expect(
      routes
        .filter((r) => r.isPublic)
        .map((r) => r.route)
        .sort(),
    ).toEqual([...EXPECTED_PUBLIC].sort());
  });
});
