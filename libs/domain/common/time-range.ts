import { InvalidInput } from '../errors/domain-errors.js';

/** `?from=&to=`: from inclusive, to exclusive; an empty or inverted range is a mistake, not zero rows. */
export function assertTimeRange(range: { from?: Date; to?: Date }): void {
  if (range.from && range.to && range.from.getTime() >= range.to.getTime()) {
    throw new InvalidInput('The period must end after it starts', [{ field: 'to', problems: ['must be after from'] }]);
  }
}
