import type { PolicyKey } from './deadline.entity.js';

export type Clock = 'business' | 'calendar';

export interface EffectivePolicy {
  key: PolicyKey;
  /** ISO 8601 durations by urgency (critical, high, normal, low), or `default`. */
  durations: Record<string, string>;
  clock: Clock;
  warningRatio: number;
  /** False while the organization uses PRODUCT.md's defaults. */
  custom: boolean;
}

/** PRODUCT.md, "Reminders and escalations": the defaults every organization starts with. */
export const DEFAULT_POLICIES: Record<PolicyKey, Omit<EffectivePolicy, 'key' | 'custom'>> = {
  first_response: {
    durations: { critical: 'PT2H', high: 'P1D', normal: 'P3D', low: 'P5D' },
    clock: 'business',
    warningRatio: 0.8,
  },
  // Due at the time set on the case; supervisors hear of it if nothing happens within a business day.
  follow_up: { durations: { default: 'P1D' }, clock: 'business', warningRatio: 0 },
  lawyer_acceptance: { durations: { default: 'P2D' }, clock: 'business', warningRatio: 0.8 },
  referral_acknowledgement: { durations: { default: 'P3D' }, clock: 'business', warningRatio: 0.8 },
  inactivity: { durations: { default: 'P14D' }, clock: 'calendar', warningRatio: 0.8 },
  // Reminders to the escort 24 h and 2 h before; the durations say how long before.
  accompaniment: { durations: { first: 'PT24H', second: 'PT2H' }, clock: 'calendar', warningRatio: 0 },
};

export function defaultPolicy(key: PolicyKey): EffectivePolicy {
  return { key, ...DEFAULT_POLICIES[key], durations: { ...DEFAULT_POLICIES[key].durations }, custom: false };
}

/** The duration that applies to an urgency: its own, else `default`, else `normal`. */
export function durationFor(policy: EffectivePolicy, urgency: string | null): string {
  const d = policy.durations;
  return (urgency && d[urgency]) || d.default || d.normal || Object.values(d)[0];
}
