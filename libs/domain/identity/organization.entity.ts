import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { OrganizationKind } from '#access';

@Entity('organizations')
export class Organization {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 20 })
  kind: OrganizationKind;

  /** ISO 3166-1 alpha-2; required for embassies (the country they represent). */
  @Column({ type: 'char', length: 2, nullable: true })
  country: string | null;

  @Column({ type: 'varchar', length: 64, default: 'Asia/Tokyo' })
  timezone: string;

  /** Opening hours for business-day deadlines, local time. */
  @Column({ type: 'varchar', length: 5, default: '09:00' })
  opensAt: string;

  @Column({ type: 'varchar', length: 5, default: '18:00' })
  closesAt: string;

  /** Days the organization is closed beyond Japan's holidays (e.g. an embassy's own, like Tết). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  closedDates: string[];

  /** Where signed notification webhooks go; null when the organization has none. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  webhookUrl: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true, select: false })
  webhookSecret: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
