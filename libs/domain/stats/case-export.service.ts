import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Actor } from '#access';
import { AuditService } from '../audit/audit.service.js';
import { applyCaseFilter, type CaseFilter } from '../cases/case-filter.js';
import { Case, type CaseOutcome } from '../cases/case.entity.js';
import { User } from '../identity/user.entity.js';
import { Worker } from '../workers/worker.entity.js';
import { csvRow, UTF8_BOM } from './csv.js';

/** Rows fetched per query; the stream asks for the next batch only when the client has read this one. */
export const EXPORT_BATCH_SIZE = 500;

/** No worker name or contact data: nationality and prefecture are all a report needs of the person. */
const HEADER = [
  'reference',
  'title',
  'status',
  'urgency',
  'sensitivity',
  'categories',
  'owner',
  'nationality',
  'prefecture',
  'created_at',
  'updated_at',
  'closed_at',
  'next_follow_up_at',
  'outcome_result',
  'remedies',
  'amount_recovered_jpy',
];

interface ExportRow {
  id: string;
  reference: string;
  title: string;
  status: string;
  urgency: string;
  sensitivity: string;
  categories: string[];
  owner: string | null;
  nationality: string | null;
  prefecture: string | null;
  created_at: Date;
  updated_at: Date;
  closed_at: Date | null;
  next_follow_up_at: Date | null;
  outcome: CaseOutcome | null;
}

@Injectable()
export class CaseExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /**
   * The visible cases matching the list's filters as CSV text, in chunks. The export is one
   * audit event, recorded before the first byte is produced; it names the filters used, never
   * their values.
   */
  async exportCsv(actor: Actor, filter: CaseFilter): Promise<AsyncIterable<string>> {
    await this.audit.record(actor, {
      action: 'case.export',
      subjectType: 'case',
      subjectOrganizationId: actor.organizationId,
      changedFields: Object.keys(filter).filter((k) => filter[k as keyof CaseFilter] !== undefined),
    });
    return this.chunks(actor, filter);
  }

  /** Newest first, keyset-paginated on (created_at, id): a case opened meanwhile cannot shift a batch. */
  private async *chunks(actor: Actor, filter: CaseFilter): AsyncGenerator<string> {
    yield UTF8_BOM + csvRow(HEADER);
    let after: [string, string] | null = null;
    for (;;) {
      const qb = applyCaseFilter(this.dataSource.getRepository(Case).createQueryBuilder('c'), actor, 'c', filter)
        .innerJoin(Worker, 'w', 'w.id = c.worker_id')
        .leftJoin(User, 'u', 'u.id = c.owner_id')
        .select('c.id', 'id')
        .addSelect(['reference', 'title', 'status', 'urgency', 'sensitivity', 'categories'].map((k) => `c.${k}`))
        .addSelect('u.display_name', 'owner')
        .addSelect('w.nationality', 'nationality')
        .addSelect('w.prefecture', 'prefecture')
        .addSelect(['created_at', 'updated_at', 'closed_at', 'next_follow_up_at', 'outcome'].map((k) => `c.${k}`))
        .orderBy('c.created_at', 'DESC')
        .addOrderBy('c.id', 'DESC')
        .limit(EXPORT_BATCH_SIZE);
      if (after) {
        qb.andWhere('(c.created_at, c.id) < (:afterAt::timestamptz, :afterId::uuid)', {
          afterAt: after[0],
          afterId: after[1],
        });
      }
      const batch = (await qb.getRawMany()).map(unprefixed);
      if (batch.length) yield batch.map(toLine).join('');
      if (batch.length < EXPORT_BATCH_SIZE) return;
      const last = batch[batch.length - 1];
      after = [last.created_at.toISOString(), last.id];
    }
  }
}

/** getRawMany names `c.title` as `c_title`; the explicit aliases have no prefix. */
function unprefixed(raw: Record<string, unknown>): ExportRow {
  return Object.fromEntries(Object.entries(raw).map(([k, v]) => [k.replace(/^c_/, ''), v])) as unknown as ExportRow;
}

function toLine(r: ExportRow): string {
  const iso = (d: Date | null) => d?.toISOString() ?? null;
  return csvRow([
    r.reference,
    r.title,
    r.status,
    r.urgency,
    r.sensitivity,
    r.categories.join(';'),
    r.owner,
    r.nationality,
    r.prefecture,
    iso(r.created_at),
    iso(r.updated_at),
    iso(r.closed_at),
    iso(r.next_follow_up_at),
    r.outcome?.result ?? null,
    r.outcome?.remedies?.join(';') ?? null,
    r.outcome?.amountRecoveredJpy ?? null,
  ]);
}
