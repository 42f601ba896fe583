import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { api, call } from '../api/client';
import { itemsOf, type Organization, type Page, type User } from '../api/models';
import { useI18n } from '../i18n';
import { useUser } from './session-context';
import { useLoad } from './use-load';

/** Names of the people and organizations the signed-in user may list, to show ids as names. */
interface Directory {
  users: User[];
  organizations: Organization[];
  userName: (id: string | null | undefined) => string;
  orgName: (id: string | null | undefined) => string;
  reload: () => void;
}

const DirectoryContext = createContext<Directory | null>(null);

export function DirectoryProvider({ children }: { children: ReactNode }) {
  const me = useUser();
  const { t } = useI18n();
  const mayListUsers = ['desk_staff', 'supervisor', 'admin'].includes(me.role);
  const users = useLoad(async () => {
    if (!mayListUsers) return [me];
    const all: User[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 10; page++) {
      const answer = await call<Page<User>>(api.GET('/api/v1/users', { params: { query: { limit: 100, cursor } } }));
      all.push(...itemsOf(answer));
      if (!answer?.nextCursor) break;
      cursor = answer.nextCursor;
    }
    return all;
  }, [me.id]);
  const orgs = useLoad(
    async () =>
      itemsOf(
        await call<Page<Organization> | Organization[]>(api.GET('/api/v1/organizations', { params: { query: {} } })),
      ),
    [me.id],
  );
  const value = useMemo<Directory>(() => {
    const byUser = new Map((users.data ?? []).map((u) => [u.id, u]));
    const byOrg = new Map((orgs.data ?? []).map((o) => [o.id, o]));
    return {
      users: users.data ?? [],
      organizations: orgs.data ?? [],
      userName: (id) => (id ? (byUser.get(id)?.displayName ?? t('common.unknownUser')) : ''),
      orgName: (id) => (id ? (byOrg.get(id)?.name ?? id.slice(0, 8)) : ''),
      reload: () => {
        users.reload();
        orgs.reload();
      },
    };
  }, [users, orgs, t]);
  return <DirectoryContext.Provider value={value}>{children}</DirectoryContext.Provider>;
}

export function useDirectory(): Directory {
  const value = useContext(DirectoryContext);
  if (!value) throw new Error('useDirectory outside DirectoryProvider');
  return value;
}
