import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { MAX_PASSWORD_LENGTH } from '#domain/identity';

export class LoginDto {
  @ApiProperty({ example: 'desk@ngo.example.org' })
  @IsString()
  @MaxLength(320)
  email: string;

  @ApiProperty({ example: 'a long passphrase of yours' })
  @IsString()
  @MinLength(1)
  @MaxLength(MAX_PASSWORD_LENGTH)
  password: string;
}

export class RefreshDto {
  @ApiProperty({ description: 'The opaque refresh token from login or the last refresh' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  refreshToken: string;
}

export class ChangePasswordDto {
  @ApiProperty()
  @IsString()
  @MaxLength(MAX_PASSWORD_LENGTH)
  currentPassword: string;

  @ApiProperty({ description: 'At least 12 characters, not a common password', example: 'a new long passphrase' })
  @IsString()
  @MaxLength(MAX_PASSWORD_LENGTH)
  newPassword: string;
}

export class UserResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'desk@ngo.example.org' }) email: string;
  @ApiProperty({ example: 'Sato Hanako' }) displayName: string;
  @ApiProperty({ enum: ['desk_staff', 'supervisor', 'lawyer', 'embassy_officer', 'admin'] }) role: string;
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty({ example: 'ja' }) locale: string;
  @ApiProperty() active: boolean;
}

export class TokenPairResponse {
  @ApiProperty() accessToken: string;
  @ApiProperty() refreshToken: string;
  @ApiProperty({ example: 900, description: 'Seconds until the access token expires' }) expiresIn: number;
  @ApiProperty({ type: UserResponse }) user: UserResponse;
}
