-- People who sign in through the organisation's identity provider (OIDC) are written to
-- user_account on their first sign-in; the provider's subject binds the row to that one person,
-- so a username the provider later gives to someone else does not inherit the row.
alter table user_account add column provider_subject varchar(255);
create unique index user_account_by_provider_subject on user_account (provider_subject);
