# syntax=docker/dockerfile:1
#
# Madoguchi: one image for the api, the worker and the migrations.
#   api (default)   node dist/apps/api/src/main.js
#   worker          node dist/apps/worker/src/main.js
#   migrations      node dist/scripts/migrate.js
# Settings come from the environment (see the README's configuration table); in production
# JWT_SECRET is required. docker-compose.yml wires all three with Postgres, Redis and Mailpit.
#
# Development and CI run on Node 20; the image runs on the current LTS (TOOLCHAIN.md).

# ---- build: all dependencies, compile TypeScript into dist/, then drop the dev dependencies
FROM node:24-bookworm-slim AS build
WORKDIR /app
ENV npm_config_update_notifier=false \
    npm_config_fund=false \
    npm_config_audit=false
# The lockfile alone decides the dependencies; this layer is reused until it changes.
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci
COPY . .
RUN npm run build \
 && npm prune --omit=dev

# ---- runtime: compiled code and production dependencies only, as an unprivileged user
FROM node:24-bookworm-slim AS runtime
# Memory: the api's live heap under load is ~60 MB, but V8 lets an uncapped heap grow to
# several times that between collections, and glibc keeps a malloc arena per thread and
# holds on to what was freed. Capping old space at 160 MB, two arenas, and handing freed
# memory back above 128 KiB held the api's peak RSS near 190 MB instead of ~400 MB at the
# same throughput (docs/BENCHMARKS.md). Raise the cap for unusual loads.
ENV NODE_ENV=production \
    PORT=3000 \
    NODE_OPTIONS="--enable-source-maps --max-old-space-size=160" \
    MALLOC_ARENA_MAX=2 \
    MALLOC_TRIM_THRESHOLD_=131072 \
    MALLOC_MMAP_THRESHOLD_=131072
WORKDIR /app
# Owned by root and read-only for the app: the process cannot rewrite its own code.
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
USER node
EXPOSE 3000
# The slim image has no curl: ask Node itself. Liveness only; readiness (Postgres and Redis)
# is /api/health/ready, which docker-compose.yml checks for the api service.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health/live').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/apps/api/src/main.js"]
