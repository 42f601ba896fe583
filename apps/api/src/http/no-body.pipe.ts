import { Injectable, type PipeTransform } from '@nestjs/common';
import { ValidationFailed } from './validation.pipe.js';

/**
 * For routes that take no body: anything sent is refused rather than ignored, as unknown
 * fields are everywhere else (an empty class cannot say so: forbidUnknownValues refuses it).
 */
@Injectable()
export class NoBodyPipe implements PipeTransform {
  transform(value: unknown): undefined {
    const empty =
      value === undefined ||
      value === null ||
      (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0);
    if (!empty) throw new ValidationFailed([{ field: 'body', problems: ['this request takes no body'] }]);
    return undefined;
  }
}
