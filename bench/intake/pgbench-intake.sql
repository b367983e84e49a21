-- The INSERTs one case intake makes, in one transaction: the case and its CASE_CREATED event
-- (whose trigger announces it to the stream). The case belongs to one of the run's customers,
-- known after the warm-up (run.sh passes its id as :customer_id).
BEGIN;
INSERT INTO hard_complaint_case (id, channel, status, hard_complaint, customer_name,
  customer_phone, summary, cluster_id, created_by, created_at, policy_revision, customer_id)
VALUES (gen_random_uuid(), 'INBOUND_VOICE', 'OPEN', false, 'Pelanggan pgbench', '081234567890',
  'Beban uji intake', 'C1', 'agent1', now(), 'W-10 rev 02', :customer_id)
RETURNING id AS case_id \gset
INSERT INTO case_event (case_id, type, at, actor, details)
VALUES (:case_id, 'CASE_CREATED', now(), 'agent1',
  '{"channel":"INBOUND_VOICE","clusterId":"C1","policyRevision":"W-10 rev 02"}');
END;
