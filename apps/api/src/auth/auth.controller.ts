import { Body, Controller, Get, HttpCode, Post, Put, Req, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Request } from 'express';
import { Public, RequirePermission, type Actor, type RequestOrigin } from '#access';
import { AuthService, UsersService, type TokenPair, type UserView } from '#domain/identity';
import { ChangePasswordDto, LoginDto, RefreshDto, TokenPairResponse, UserResponse } from './auth.dto.js';
import { LoginGuard } from './login.guard.js';
import { CurrentActor, Origin } from './request-origin.js';

@ApiTags('auth')
@Controller('v1')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersService,
  ) {}

  @Post('auth/login')
  @Public()
  @UseGuards(LoginGuard)
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in with email and password' })
  @ApiOkResponse({ type: TokenPairResponse })
  @ApiUnauthorizedResponse({ description: 'Unknown email or wrong password (the same answer for both)' })
  @ApiTooManyRequestsResponse({ description: 'Too many failures for this account or address; see Retry-After' })
  login(@Req() req: Request & { user: TokenPair }, @Body() _body: LoginDto): TokenPair {
    return req.user;
  }

  @Post('auth/refresh')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Trade a refresh token for a new pair; the old one stops working' })
  @ApiOkResponse({ type: TokenPairResponse })
  refresh(@Body() body: RefreshDto, @Origin() origin: RequestOrigin): Promise<TokenPair> {
    return this.auth.refresh(body.refreshToken, origin);
  }

  @Post('auth/logout')
  @RequirePermission('session.use')
  @ApiBearerAuth()
  @HttpCode(204)
  @ApiOperation({ summary: 'End the session of this refresh token' })
  @ApiNoContentResponse()
  logout(@CurrentActor() actor: Actor, @Body() body: RefreshDto): Promise<void> {
    return this.auth.logout(actor, body.refreshToken);
  }

  @Get('me')
  @RequirePermission('session.use')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The signed-in user' })
  @ApiOkResponse({ type: UserResponse })
  me(@CurrentActor() actor: Actor): Promise<UserView> {
    return this.auth.me(actor);
  }

  @Put('me/password')
  @RequirePermission('session.use')
  @ApiBearerAuth()
  @HttpCode(204)
  @ApiOperation({ summary: 'Change your own password; every other session ends' })
  changePassword(@CurrentActor() actor: Actor, @Body() body: ChangePasswordDto): Promise<void> {
    return this.users.changeOwnPassword(actor, body.currentPassword, body.newPassword);
  }
}
