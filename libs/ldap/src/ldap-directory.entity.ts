import { Column, Entity, PrimaryColumn } from 'typeorm';

// The one directory of an instance (primary key: the instance).
@Entity({ name: 'ldap_directories' })
export class LdapDirectory {
  @PrimaryColumn('uuid', { name: 'tenant_id' }) tenantId!: string;
  @Column('text') url!: string;
  @Column('boolean', { name: 'start_tls' }) startTls!: boolean;
  @Column('text', { name: 'bind_dn', nullable: true }) bindDn!: string | null;
  @Column('bytea', { name: 'bind_secret', nullable: true, select: false }) bindSecret!: Buffer | null;
  @Column('text', { name: 'search_base' }) searchBase!: string;
  @Column('text', { name: 'search_filter' }) searchFilter!: string;
  @Column('text', { name: 'name_attribute' }) nameAttribute!: string;
  @Column('text', { name: 'email_attribute' }) emailAttribute!: string;
  @Column('text', { name: 'phone_attribute', nullable: true }) phoneAttribute!: string | null;
  @Column('text', { name: 'department_attribute', nullable: true }) departmentAttribute!: string | null;
  @Column('boolean', { name: 'for_agents' }) forAgents!: boolean;
  @Column('boolean', { name: 'for_requesters' }) forRequesters!: boolean;
  @Column('boolean', { name: 'auto_provision' }) autoProvision!: boolean;
  @Column('uuid', { name: 'agent_department_id', nullable: true }) agentDepartmentId!: string | null;
  @Column('uuid', { name: 'agent_role_id', nullable: true }) agentRoleId!: string | null;
  @Column('boolean', { name: 'portal_ldap_only' }) portalLdapOnly!: boolean;
  @Column('boolean', { name: 'is_active' }) isActive!: boolean;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'updated_at' }) updatedAt!: Date;
}
