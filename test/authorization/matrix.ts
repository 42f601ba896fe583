import type { NestExpressApplication } from '@nestjs/platform-express';
import type { World } from '../factories/identity.factory.js';

/**
 * The authorization matrix: for every route, what each role answers, acting on a subject of
 * their own organization (the "A" users own the subjects) or of another (the "B" users, the
 * other law office, the other embassy). One row per route and subject; the runner fails on
 * any difference. Each capability adds its rows in a file of its own beside this one, and
 * lists them in ALL_ROWS below.
 */
export const WHO = ['admin', 'deskA', 'supA', 'deskB', 'supB', 'lawyerA', 'lawyerB', 'officerVN', 'officerPH'] as const;
export type Who = (typeof WHO)[number];

export interface MatrixRequest {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  body?: object;
}

export interface MatrixContext {
  app: NestExpressApplication;
  world: World;
  /** Subjects a capability created for its rows in `prepare`, by name. */
  subjects: Record<string, string>;
}

export interface MatrixRow {
  route: string;
  /** Builds a fresh request for each caller (a POST may create something each time). */
  request: (ctx: MatrixContext, who: Who) => MatrixRequest;
  expect: Record<Who, number>;
}

export interface MatrixSection {
  name: string;
  prepare?: (ctx: MatrixContext) => Promise<void>;
  rows: MatrixRow[];
}

/** Shorthand: every caller gets `status` except those listed. */
export function all(status: number, except: Partial<Record<Who, number>> = {}): Record<Who, number> {
  return Object.fromEntries(WHO.map((w) => [w, except[w] ?? status])) as Record<Who, number>;
}
