import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { GENDERS, LANGUAGE_TAG, MESSAGING_APPS, PREFECTURES, RESIDENCE_STATUSES, SECTORS } from '#domain/common';
import { PageQuery } from '../http/page-query.dto.js';

export class MessagingContactDto {
  @ApiProperty({ enum: MESSAGING_APPS, example: 'zalo' })
  @IsIn(MESSAGING_APPS)
  app: string;

  @ApiProperty({ example: '0901234567' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  handle: string;
}

export class EmployerDto {
  @ApiProperty({ example: 'Sakura Foods K.K.' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ enum: SECTORS, example: 'food_manufacturing' })
  @IsOptional()
  @IsIn(SECTORS)
  sector?: string;

  @ApiPropertyOptional({ enum: PREFECTURES, example: 'Aichi' })
  @IsOptional()
  @IsIn(PREFECTURES)
  prefecture?: string;
}

export class CreateWorkerDto {
  @ApiProperty({ example: 'Nguyễn Văn An' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  fullName: string;

  @ApiPropertyOptional({ example: 'グエン・ヴァン・アン' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  nameKatakana?: string;

  @ApiPropertyOptional({ example: 'An' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  alias?: string;

  @ApiProperty({ description: 'ISO 3166-1 alpha-2', example: 'VN' })
  @Matches(/^[A-Za-z]{2}$/, { message: 'nationality must be an ISO 3166-1 alpha-2 code' })
  nationality: string;

  @ApiProperty({ description: 'BCP 47 language tag', example: 'vi' })
  @Matches(LANGUAGE_TAG, { message: 'preferredLanguage must be a BCP 47 language tag' })
  @MaxLength(20)
  preferredLanguage: string;

  @ApiPropertyOptional({ enum: GENDERS })
  @IsOptional()
  @IsIn(GENDERS)
  gender?: string;

  @ApiPropertyOptional({ format: 'date', example: '1998-04-12' })
  @IsOptional()
  @IsISO8601({ strict: true, strictSeparator: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'dateOfBirth must be a date (YYYY-MM-DD)' })
  dateOfBirth?: string;

  @ApiPropertyOptional({ enum: RESIDENCE_STATUSES, example: 'technical_intern_training_2' })
  @IsOptional()
  @IsIn(RESIDENCE_STATUSES)
  residenceStatus?: string;

  @ApiPropertyOptional({ format: 'date', example: '2027-03-31' })
  @IsOptional()
  @IsISO8601({ strict: true, strictSeparator: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'residenceCardExpiry must be a date (YYYY-MM-DD)' })
  residenceCardExpiry?: string;

  @ApiPropertyOptional({ enum: PREFECTURES, example: 'Aichi' })
  @IsOptional()
  @IsIn(PREFECTURES)
  prefecture?: string;

  @ApiPropertyOptional({ example: '090-1234-5678' })
  @IsOptional()
  @Matches(/^[+0-9()\- .]{3,40}$/, { message: 'phone may hold digits, spaces and + ( ) - . only' })
  phone?: string;

  @ApiPropertyOptional({ example: 'an.nguyen@example.com' })
  @IsOptional()
  @IsEmail()
  @MaxLength(320)
  email?: string;

  @ApiPropertyOptional({ type: [MessagingContactDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => MessagingContactDto)
  messagingContacts?: MessagingContactDto[];

  @ApiPropertyOptional({ type: EmployerDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => EmployerDto)
  employer?: EmployerDto;

  @ApiPropertyOptional({ description: 'Supervising or registered support organization', example: 'Chubu Kyodo Kumiai' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  supportOrganization?: string;

  @ApiPropertyOptional({ description: 'Sending agency or broker', example: 'Hanoi Manpower JSC' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  sendingAgency?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  notes?: string;
}

export class UpdateWorkerDto extends PartialType(CreateWorkerDto) {
  @ApiProperty({ description: 'The version you read; a stale one answers 409', example: 1 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  version: number;
}

export class WorkerQuery extends PageQuery {
  @ApiPropertyOptional({
    description: 'Part of a name (any script, with or without accents), katakana, phone or email',
    example: 'nguyen',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;
}
