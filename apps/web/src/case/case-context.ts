import { createContext, useContext } from 'react';
import type { Case, Worker } from '../api/models';

/** The case on screen; `changed()` makes every section load again after a write. */
export interface CaseScreen {
  kase: Case;
  worker: Worker | null;
  tick: number;
  changed: () => void;
}

export const CaseContext = createContext<CaseScreen | null>(null);

export function useCase(): CaseScreen {
  const value = useContext(CaseContext);
  if (!value) throw new Error('useCase outside a case screen');
  return value;
}
