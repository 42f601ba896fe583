import { type ExecutionContext, Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { Request } from 'express';
import { ValidationFailed } from '../http/validation.pipe.js';
import { LoginDto } from './auth.dto.js';

/** Guards run before pipes, so the login body is validated here, before passport reads it. */
@Injectable()
export class LoginGuard extends AuthGuard('local') {
  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const body: unknown = context.switchToHttp().getRequest<Request>().body;
    const dto = plainToInstance(LoginDto, typeof body === 'object' && body !== null ? body : {});
    const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true });
    if (errors.length || typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw new ValidationFailed(
        errors.map((e) => ({ field: e.property, problems: Object.values(e.constraints ?? {}) })),
      );
    }
    return (await super.canActivate(context)) as boolean;
  }

  override handleRequest<T>(err: unknown, user: T): T {
    if (err) throw err;
    return user;
  }
}
