-- Integrators sign in as service accounts: a directory entry of one of the existing roles (so the
-- cases and events they create name them like any actor), which cannot sign in with a password,
-- and a secret of which only a hash is kept.
alter table user_account add column kind varchar(16) not null default 'PERSON';

create table service_account (
  id          uuid        primary key,
  username    varchar(64) not null unique references user_account (username),
  secret_hash varchar(64) not null,
  created_by  varchar(64) not null,
  created_at  timestamptz not null,
  revoked_at  timestamptz,
  revoked_by  varchar(64)
);

-- Who created, revoked and used which credentials, from where. Append-only like the timeline.
create table security_audit (
  id                 bigserial    primary key,
  at                 timestamptz  not null,
  action             varchar(40)  not null,
  service_account_id uuid         references service_account (id),
  actor              varchar(64),
  address            varchar(64),
  detail             varchar(500)
);
create index security_audit_by_account on security_audit (service_account_id, id);

create function refuse_audit_rewrite() returns trigger language plpgsql as $$
begin
  raise exception 'the security audit log is append-only';
end;
$$;
create trigger security_audit_append_only before update or delete on security_audit
  for each row execute function refuse_audit_rewrite();
create trigger security_audit_no_truncate before truncate on security_audit
  for each statement execute function refuse_audit_rewrite();
