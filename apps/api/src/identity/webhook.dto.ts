import { ApiProperty } from '@nestjs/swagger';
import { IsString, IsUrl, MaxLength, MinLength } from 'class-validator';
import { MIN_WEBHOOK_SECRET_LENGTH } from '#domain/identity';

export class SetWebhookDto {
  @ApiProperty({
    description: 'Where each notice to a user of the organization is POSTed (https, or http inside a private network)',
    example: 'https://hooks.ngo.example.org/madoguchi',
    maxLength: 500,
  })
  @IsString()
  @MaxLength(500)
  @IsUrl(
    { protocols: ['https', 'http'], require_protocol: true, require_tld: false, allow_underscores: true },
    { message: 'url must be an http or https URL' },
  )
  url: string;

  @ApiProperty({
    description:
      'Shared secret of the HMAC-SHA256 signature: `x-madoguchi-signature: sha256=<hex of HMAC(secret, timestamp + "." + body)>`, with the timestamp in `x-madoguchi-timestamp`. Never returned.',
    example: 'a-long-random-secret-of-at-least-32-characters',
    minLength: MIN_WEBHOOK_SECRET_LENGTH,
    maxLength: 200,
  })
  @IsString()
  @MinLength(MIN_WEBHOOK_SECRET_LENGTH)
  @MaxLength(200)
  secret: string;
}

export class WebhookResponse {
  @ApiProperty({ format: 'uuid' }) organizationId: string;
  @ApiProperty({ nullable: true, example: 'https://hooks.ngo.example.org/madoguchi' }) url: string | null;
  @ApiProperty({ description: 'Whether a secret is set; the secret itself is never returned', example: true })
  secretSet: boolean;
}
