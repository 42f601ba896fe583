import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { workerScope, type Actor } from '#access';
import { AuditService } from '../audit/audit.service.js';
import { decodeCursor, toPage, type Page } from '../common/cursor.js';
import { likeEscape, phoneDigits, searchText } from '../common/search-text.js';
import { assertFreshVersion, changedKeys } from '../common/versioned-update.js';
import { NotFound } from '../errors/domain-errors.js';
import { Worker, type Employer, type MessagingContact } from './worker.entity.js';
import { toWorkerView, type WorkerView } from './worker.views.js';

export interface WorkerFields {
  fullName: string;
  nameKatakana?: string | null;
  alias?: string | null;
  nationality: string;
  preferredLanguage: string;
  gender?: string | null;
  dateOfBirth?: string | null;
  residenceStatus?: string | null;
  residenceCardExpiry?: string | null;
  prefecture?: string | null;
  phone?: string | null;
  email?: string | null;
  messagingContacts?: MessagingContact[];
  employer?: Employer | null;
  supportOrganization?: string | null;
  sendingAgency?: string | null;
  notes?: string | null;
}

/** Every field of a worker is personal data: audit rows name them, never hold them. */
function workerSearchText(w: Pick<Worker, 'fullName' | 'nameKatakana' | 'alias' | 'email' | 'phone'>): string {
  return `${searchText(w.fullName, w.nameKatakana, w.alias, w.email)} ${phoneDigits(w.phone)}`.trim();
}

@Injectable()
export class WorkersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async create(actor: Actor, input: WorkerFields): Promise<WorkerView> {
    return this.dataSource.transaction(async (m) => {
      const repo = m.getRepository(Worker);
      const worker = repo.create({
        ...input,
        nationality: input.nationality.toUpperCase(),
        messagingContacts: input.messagingContacts ?? [],
        organizationId: actor.organizationId,
        createdBy: actor.userId,
      });
      worker.searchText = workerSearchText(worker);
      await repo.save(worker);
      await this.audit.record(
        actor,
        {
          action: 'worker.create',
          subjectType: 'worker',
          subjectId: worker.id,
          subjectOrganizationId: worker.organizationId,
          changedFields: Object.keys(input),
        },
        m,
      );
      return toWorkerView(await repo.findOneByOrFail({ id: worker.id }));
    });
  }

  /** Partial matches on names in any script, katakana, email and phone, newest first. */
  async search(actor: Actor, filter: { q?: string; limit: number; cursor?: string }): Promise<Page<WorkerView>> {
    const scope = workerScope(actor, 'w');
    const qb = this.dataSource
      .getRepository(Worker)
      .createQueryBuilder('w')
      .where(scope.sql, scope.params)
      .orderBy('w.created_at', 'DESC')
      .addOrderBy('w.id', 'DESC')
      .limit(filter.limit + 1);
    const q = filter.q ? searchText(filter.q) : '';
    if (q) {
      const digits = phoneDigits(filter.q);
      // A query that is mostly a phone number matches on its digits, whatever the punctuation.
      const term = digits.length >= 4 && digits.length >= q.replace(/\s/g, '').length - 3 ? digits : q;
      qb.andWhere("w.search_text LIKE :term ESCAPE '\\'", { term: `%${likeEscape(term)}%` });
    }
    const after = decodeCursor(filter.cursor, ['timestamp', 'uuid']);
    if (after) qb.andWhere('(w.created_at, w.id) < (:afterAt, :afterId)', { afterAt: after[0], afterId: after[1] });
    const rows = await qb.getMany();
    const page = toPage(rows, filter.limit, (w) => [w.createdAt.toISOString(), w.id], toWorkerView);
    await this.recordReads(actor, page.items);
    return page;
  }

  async get(actor: Actor, id: string): Promise<WorkerView> {
    const worker = await this.findVisible(actor, id);
    if (!worker) {
      await this.audit.record(actor, {
        action: 'worker.read',
        outcome: 'denied',
        subjectType: 'worker',
        subjectId: id,
      });
      throw new NotFound('Worker');
    }
    const view = toWorkerView(worker);
    await this.recordReads(actor, [view]);
    return view;
  }

  async update(actor: Actor, id: string, version: number, patch: Partial<WorkerFields>): Promise<WorkerView> {
    return this.dataSource.transaction(async (m) => {
      const scope = workerScope(actor, 'w');
      const worker = await m
        .getRepository(Worker)
        .createQueryBuilder('w')
        .addSelect('w.search_text')
        .setLock('pessimistic_write')
        .where('w.id = :id', { id })
        .andWhere(scope.sql, scope.params)
        .getOne();
      if (!worker) throw new NotFound('Worker');
      assertFreshVersion(worker, version);
      const changed = changedKeys(worker as unknown as Record<string, unknown>, patch as Record<string, unknown>);
      if (!changed.length) return toWorkerView(worker);
      Object.assign(worker, Object.fromEntries(changed.map((k) => [k, (patch as Record<string, unknown>)[k]])));
      if (patch.nationality) worker.nationality = patch.nationality.toUpperCase();
      worker.searchText = workerSearchText(worker);
      await m.getRepository(Worker).save(worker);
      await this.audit.record(
        actor,
        {
          action: 'worker.update',
          subjectType: 'worker',
          subjectId: id,
          subjectOrganizationId: worker.organizationId,
          changedFields: changed,
        },
        m,
      );
      return toWorkerView(await m.getRepository(Worker).findOneByOrFail({ id }));
    });
  }

  /** The worker if the actor may see them, else null (absent and invisible look alike). */
  async findVisible(actor: Actor, id: string): Promise<Worker | null> {
    const scope = workerScope(actor, 'w');
    return this.dataSource
      .getRepository(Worker)
      .createQueryBuilder('w')
      .where('w.id = :id', { id })
      .andWhere(scope.sql, scope.params)
      .getOne();
  }

  private recordReads(actor: Actor, workers: WorkerView[]): Promise<void> {
    return this.audit.record(
      actor,
      workers.map((w) => ({
        action: 'worker.read',
        subjectType: 'worker',
        subjectId: w.id,
        subjectOrganizationId: w.organizationId,
      })),
    );
  }
}
