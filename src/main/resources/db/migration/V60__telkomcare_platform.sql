-- R-C-8: a TelkomCare customer is known by their handle on each platform (TWITTER, INSTAGRAM,
-- FACEBOOK, TIKTOK, EMAIL, OTHER) rather than on the channel, so that one person on two platforms
-- can be one customer. What was recorded before named no platform: a social thread is on OTHER, an
-- e-mail one on EMAIL, as a new message that names none.
alter table telkomcare_message add column platform varchar(16);
update telkomcare_message set platform = case when channel = 'SOCIAL' then 'OTHER' else 'EMAIL' end;
alter table telkomcare_message alter column platform set not null;

alter table hard_complaint_case add column platform varchar(16);
update hard_complaint_case
  set platform = case when channel = 'TELKOMCARE_SOCIAL' then 'OTHER' else 'EMAIL' end
  where channel <> 'INBOUND_VOICE';

-- V51 and the intake until now wrote the case's channel as the handle's platform
update customer_identifier set platform = 'OTHER'
  where kind = 'HANDLE' and platform = 'TELKOMCARE_SOCIAL';
update customer_identifier set platform = 'EMAIL'
  where kind = 'HANDLE' and platform = 'TELKOMCARE_EMAIL';

-- one open thread per author on each channel and platform: @rina on X and @rina on Instagram may be
-- two people
drop index hard_complaint_case_one_open_thread;
create unique index hard_complaint_case_one_open_thread
  on hard_complaint_case (channel, platform, lower(author_handle))
  where status <> 'CLOSED' and author_handle is not null;
