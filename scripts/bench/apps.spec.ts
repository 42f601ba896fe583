import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { IMAGE_RUNTIME_ENV } from './apps.js';

describe('the bench runs the apps as the image does', () => {
  it("uses the Dockerfile's runtime NODE_OPTIONS and malloc settings", () => {
    const dockerfile = readFileSync('Dockerfile', 'utf8');
    const runtime = dockerfile.slice(dockerfile.indexOf('AS runtime'));
    expect(runtime).toContain(`NODE_OPTIONS="${IMAGE_RUNTIME_ENV.NODE_OPTIONS}"`);
    for (const name of ['MALLOC_ARENA_MAX', 'MALLOC_TRIM_THRESHOLD_', 'MALLOC_MMAP_THRESHOLD_'] as const) {
      expect(runtime).toContain(`${name}=${IMAGE_RUNTIME_ENV[name]}`);
    }
  });
});
