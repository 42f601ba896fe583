import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'madoguchi:public';

/** Declares, explicitly, that a route needs no signed-in user (health, login, refresh). */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);
