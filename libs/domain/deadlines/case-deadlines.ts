import type { EntityManager } from 'typeorm';
import { Deadline } from './deadline.entity.js';

export interface DeadlineView {
  id: string;
  policy: string;
  subjectType: string;
  subjectId: string;
  dueAt: string;
  warnAt: string | null;
  state: string;
  level: number;
}

/** Every deadline of a case (the caller has already checked that the case is visible). */
export async function deadlinesOfCase(m: EntityManager, caseId: string): Promise<DeadlineView[]> {
  const rows = await m.getRepository(Deadline).find({ where: { caseId }, order: { dueAt: 'ASC', id: 'ASC' } });
  return rows.map((d) => ({
    id: d.id,
    policy: d.policy,
    subjectType: d.subjectType,
    subjectId: d.subjectId,
    dueAt: d.dueAt.toISOString(),
    warnAt: d.warnAt?.toISOString() ?? null,
    state: d.state,
    level: d.level,
  }));
}
