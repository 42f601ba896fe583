import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsEmail, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { ORGANIZATION_KINDS, ROLES, type OrganizationKind, type Role } from '#access';
import { MAX_PASSWORD_LENGTH } from '#domain/identity';
import { PageQuery } from '../http/page-query.dto.js';

const LOCALE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

export class CreateOrganizationDto {
  @ApiProperty({ example: 'Kanagawa Migrant Workers Desk' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiProperty({ enum: ORGANIZATION_KINDS, example: 'ngo' })
  @IsIn(ORGANIZATION_KINDS)
  kind: OrganizationKind;

  @ApiPropertyOptional({ description: 'ISO 3166-1 alpha-2; required for embassies', example: 'VN' })
  @IsOptional()
  @Matches(/^[A-Za-z]{2}$/, { message: 'country must be an ISO 3166-1 alpha-2 code' })
  country?: string;

  @ApiPropertyOptional({ example: 'Asia/Tokyo' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  timezone?: string;
}

export class OrganizationQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ORGANIZATION_KINDS })
  @IsOptional()
  @IsIn(ORGANIZATION_KINDS)
  kind?: OrganizationKind;
}

export class CreateUserDto {
  @ApiProperty({ example: 'sato@ngo.example.org' })
  @IsEmail()
  @MaxLength(320)
  email: string;

  @ApiProperty({ example: 'Sato Hanako' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  displayName: string;

  @ApiProperty({ description: 'At least 12 characters, not a common password', example: 'a long passphrase of theirs' })
  @IsString()
  @MaxLength(MAX_PASSWORD_LENGTH)
  password: string;

  @ApiProperty({ enum: ROLES, example: 'desk_staff' })
  @IsIn(ROLES)
  role: Role;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  organizationId: string;

  @ApiPropertyOptional({ example: 'ja' })
  @IsOptional()
  @Matches(LOCALE, { message: 'locale must be a BCP 47 language tag' })
  locale?: string;
}

export class UpdateUserDto {
  @ApiPropertyOptional({ example: 'Sato Hanako' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  displayName?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @ApiPropertyOptional({ description: 'false deactivates the user and ends their sessions at once' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ example: 'en' })
  @IsOptional()
  @Matches(LOCALE, { message: 'locale must be a BCP 47 language tag' })
  locale?: string;
}

export class UserQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;
}

export class OrganizationResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'Embassy of Viet Nam' }) name: string;
  @ApiProperty({ enum: ORGANIZATION_KINDS }) kind: string;
  @ApiProperty({ nullable: true, example: 'VN' }) country: string | null;
  @ApiProperty({ example: 'Asia/Tokyo' }) timezone: string;
  @ApiProperty() createdAt: string;
}

export class IdParam {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id: string;
}
