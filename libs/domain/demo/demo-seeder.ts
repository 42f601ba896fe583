import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DemoCastService } from './demo-cast.service.js';
import { DemoDeskSeeder, type DeskCounts } from './demo-desk.seeder.js';
import { SeededRandom } from './random.js';

/** Two NGOs of different size: a big-city desk and a regional network. */
const DESKS = [
  { key: 'minato', workers: 220, seed: 20261 },
  { key: 'kansai', workers: 100, seed: 20262 },
] as const;

/** Seeding takes turns across processes: two `npm run demo` at once still seed once. */
const SEED_LOCK = 7_365_101;
const DAY = 86_400_000;

export interface DemoSeedResult {
  seeded: boolean;
  counts: DeskCounts;
}

/**
 * The demo desk of `npm run demo`. Idempotent: the cast is found or created by name and email,
 * and a desk that already has workers is left as it is, so a second run adds nothing.
 */
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger(DemoSeeder.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly castService: DemoCastService,
    private readonly desk: DemoDeskSeeder,
  ) {}

  async seed(): Promise<DemoSeedResult> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.query('SELECT pg_advisory_lock($1)', [SEED_LOCK]);
      const cast = await this.castService.ensure();
      const counts: DeskCounts = { workers: 0, cases: 0, consultations: 0 };
      for (const d of DESKS) {
        const orgId = cast.organizations.get(d.key)!.id;
        const [{ n }] = await runner.query('SELECT count(*)::int AS n FROM workers WHERE organization_id = $1', [
          orgId,
        ]);
        if (n > 0) continue;
        this.logger.log(`seeding the demo desk ${d.key}`);
        const added = await this.desk.seed(cast, d.key, d.workers, new SeededRandom(d.seed));
        await this.spreadOverTheYear(orgId);
        counts.workers += added.workers;
        counts.cases += added.cases;
        counts.consultations += added.consultations;
      }
      return { seeded: counts.workers > 0, counts };
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [SEED_LOCK]).catch(() => undefined);
      await runner.release();
    }
  }

  /**
   * A desk's history spans months: finished cases were opened long ago, current ones weeks ago,
   * new ones this week. Only the demo rewrites history, and only within the current year, so
   * that the year in each reference stays true. The first-response clock of an open case moves
   * back with it, so the demo shows cases nobody answered in time — and the worker escalates them.
   */
  private async spreadOverTheYear(orgId: string): Promise<void> {
    const rows: { id: string; status: string }[] = await this.dataSource.query(
      `SELECT id, status FROM cases WHERE organization_id = $1 ORDER BY reference`,
      [orgId],
    );
    if (!rows.length) return;
    const now = new Date();
    const dayOfYear = Math.floor((now.getTime() - Date.UTC(now.getUTCFullYear(), 0, 1)) / DAY);
    const rng = new SeededRandom(rows.length * 7919);
    const ids: string[] = [];
    const shifts: number[] = [];
    for (const r of rows) {
      const [min, max] = DAYS_BACK[r.status] ?? [0, 0];
      const days = Math.min(rng.int(min, max), Math.max(dayOfYear - 1, 0));
      ids.push(r.id);
      shifts.push(days * DAY + rng.int(0, 8) * 3_600_000);
    }
    await this.dataSource.transaction(async (m) => {
      await m.query(
        `UPDATE cases c SET created_at = c.created_at - v.shift * interval '1 millisecond',
                closed_at = CASE WHEN c.closed_at IS NULL THEN NULL
                  ELSE LEAST(now(), c.created_at - v.shift * interval '1 millisecond'
                                    + interval '1 day' * (20 + abs(hashtext(c.id::text)) % 60)) END
           FROM unnest($1::uuid[], $2::bigint[]) AS v(id, shift)
          WHERE c.id = v.id`,
        [ids, shifts],
      );
      await m.query(
        `UPDATE deadlines d SET started_at = d.started_at - v.shift * interval '1 millisecond',
                due_at = d.due_at - v.shift * interval '1 millisecond',
                warn_at = d.warn_at - v.shift * interval '1 millisecond',
                escalate_at = d.escalate_at - v.shift * interval '1 millisecond',
                next_fire_at = d.next_fire_at - v.shift * interval '1 millisecond'
           FROM unnest($1::uuid[], $2::bigint[]) AS v(id, shift)
          WHERE d.case_id = v.id AND d.policy = 'first_response' AND d.state = 'pending'`,
        [ids, shifts],
      );
    });
  }
}

/** How many days back a case of each status was opened, at least and at most. */
const DAYS_BACK: Record<string, [number, number]> = {
  open: [0, 6],
  in_progress: [60, 150],
  waiting: [60, 150],
  resolved: [90, 330],
  closed: [90, 330],
};
