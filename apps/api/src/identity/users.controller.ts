import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RequirePermission, type Actor } from '#access';
import type { Page } from '#domain/common';
import { UsersService, type UserView } from '#domain/identity';
import { UserResponse } from '../auth/auth.dto.js';
import { CurrentActor } from '../auth/request-origin.js';
import { CreateUserDto, IdParam, UpdateUserDto, UserQuery } from './identity.dto.js';

@ApiTags('users')
@ApiBearerAuth()
@Controller('v1/users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Post()
  @RequirePermission('user.create')
  @ApiOperation({ summary: 'Create a user; the role must fit the organization (admin)' })
  @ApiCreatedResponse({ type: UserResponse })
  create(@CurrentActor() actor: Actor, @Body() body: CreateUserDto): Promise<UserView> {
    return this.users.create(actor, body);
  }

  @Get()
  @RequirePermission('user.list')
  @ApiOperation({ summary: 'Users: admins all; NGO staff their organization plus lawyers' })
  list(@CurrentActor() actor: Actor, @Query() query: UserQuery): Promise<Page<UserView>> {
    return this.users.list(actor, query);
  }

  @Patch(':id')
  @RequirePermission('user.update')
  @ApiOperation({ summary: 'Change a user (admin); deactivation or a new role ends their sessions at once' })
  @ApiOkResponse({ type: UserResponse })
  update(@CurrentActor() actor: Actor, @Param() { id }: IdParam, @Body() body: UpdateUserDto): Promise<UserView> {
    return this.users.update(actor, id, body);
  }
}
