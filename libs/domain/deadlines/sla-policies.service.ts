import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Actor } from '#access';
import { AuditService } from '../audit/audit.service.js';
import { InvalidInput } from '../errors/domain-errors.js';
import { parseIsoDuration } from './calendar/index.js';
import { POLICY_KEYS, SlaPolicy, type PolicyKey } from './deadline.entity.js';
import { DeadlinesService } from './deadlines.service.js';
import type { EffectivePolicy } from './sla-policies.js';

export interface PolicyChange {
  durations: Record<string, string>;
  clock: 'business' | 'calendar';
  warningRatio: number;
}

const URGENCY_KEYS = ['critical', 'high', 'normal', 'low'];

@Injectable()
export class SlaPoliciesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly deadlines: DeadlinesService,
    private readonly audit: AuditService,
  ) {}

  /** Every policy of the actor's organization: its own settings, or the defaults. */
  async list(actor: Actor): Promise<EffectivePolicy[]> {
    return Promise.all(
      POLICY_KEYS.map((key) => this.deadlines.effectivePolicy(this.dataSource.manager, actor.organizationId, key)),
    );
  }

  /** A supervisor's change: new deadlines use it, pending ones are recomputed in the same transaction. */
  async update(actor: Actor, key: PolicyKey, change: PolicyChange): Promise<EffectivePolicy> {
    validateDurations(key, change.durations);
    return this.dataSource.transaction(async (m) => {
      await m.getRepository(SlaPolicy).upsert(
        {
          organizationId: actor.organizationId,
          key,
          durations: change.durations,
          clock: change.clock,
          warningRatio: String(change.warningRatio),
          updatedBy: actor.userId,
        },
        ['organizationId', 'key'],
      );
      const recomputed = await this.deadlines.recompute(
        m,
        { organizationId: actor.organizationId, policy: key },
        async (d) => {
          if (!d.caseId) return null;
          const [row] = await m.query('SELECT urgency FROM cases WHERE id = $1', [d.caseId]);
          return row?.urgency ?? null;
        },
      );
      await this.audit.record(
        actor,
        {
          action: 'sla_policy.update',
          subjectType: 'organization',
          subjectId: actor.organizationId,
          subjectOrganizationId: actor.organizationId,
          changedFields: [key, `recomputed:${recomputed}`],
        },
        m,
      );
      return this.deadlines.effectivePolicy(m, actor.organizationId, key);
    });
  }
}

function validateDurations(key: PolicyKey, durations: Record<string, string>): void {
  const names = Object.keys(durations);
  const allowed =
    key === 'first_response'
      ? [...URGENCY_KEYS, 'default']
      : key === 'accompaniment'
        ? ['first', 'second']
        : ['default'];
  const problems: { field: string; problems: string[] }[] = [];
  if (!names.length) problems.push({ field: 'durations', problems: ['give at least one duration'] });
  for (const name of names) {
    if (!allowed.includes(name))
      problems.push({ field: `durations.${name}`, problems: [`not a duration of ${key}; use ${allowed.join(', ')}`] });
    else {
      try {
        const d = parseIsoDuration(durations[name]);
        if (d.ms <= 0) problems.push({ field: `durations.${name}`, problems: ['must be longer than zero'] });
      } catch (error) {
        problems.push({ field: `durations.${name}`, problems: [(error as Error).message] });
      }
    }
  }
  if (problems.length) throw new InvalidInput('The policy is not valid', problems);
}
