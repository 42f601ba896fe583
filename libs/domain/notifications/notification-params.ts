import type { EntityManager } from 'typeorm';

/** The organization a notice names as its sender ("{organization} has referred case …"). */
export async function organizationName(m: EntityManager, organizationId: string): Promise<string> {
  const [row]: { name: string }[] = await m.query('SELECT name FROM organizations WHERE id = $1', [organizationId]);
  return row?.name ?? '';
}
