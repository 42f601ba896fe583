import type { components } from './schema';

/** Request bodies as the OpenAPI document declares them (`Dto<'CreateWorkerDto'>`). */
export type Dto<K extends keyof components['schemas']> = components['schemas'][K];
