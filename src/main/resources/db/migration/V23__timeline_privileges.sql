-- R-X-3 in the database itself. The row trigger of V1 refuses UPDATE and DELETE; TRUNCATE fires no
-- row trigger, so it gets a statement trigger of its own.
create trigger case_event_no_truncate before truncate on case_event
  for each statement execute function refuse_timeline_rewrite();

-- And the application's own role loses the privileges, where the database checks them: a
-- superuser (the embedded server's postgres) bypasses privileges, so there only the triggers
-- hold. The role that owns the tables (it runs these migrations) keeps INSERT and SELECT.
revoke update, delete, truncate on case_event from public;
do $$
begin
  if not (select rolsuper from pg_roles where rolname = current_user) then
    execute format('revoke update, delete, truncate on case_event from %I', current_user);
  end if;
end
$$;
