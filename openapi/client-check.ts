// What a TypeScript integrator's types say of the document: openapi-typescript turns sigap.json
// into ../target/openapi-ts/sigap.d.ts (`npm run types`) and tsc checks this file against it, so
// that a field an answer always has is not optional, an enum is a union of its values and a
// nullable field admits null.
import type { components, paths } from '../target/openapi-ts/sigap';

type Schemas = components['schemas'];
type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
type LoginAnswer = Json<paths['/api/v1/auth/login']['post']['responses']['200']>;
type NewCase = Json<paths['/api/v1/cases']['post']['requestBody']>;

export function authorization(login: LoginAnswer): string {
  const token: string = login.accessToken;
  return `Bearer ${token}`;
}

export const complaint: NewCase = {
  channel: 'INBOUND_VOICE',
  customer: { name: 'Budi Santoso', phone: '0812-3456-7890' },
  summary: 'Internet mati tiga hari, pelanggan marah',
};

export function closedAt(c: Schemas['Case']): string | null {
  const status: 'OPEN' | 'ESCALATED' | 'IN_PROGRESS' | 'CLOSED' = c.status;
  const criteria: Schemas['InboundCriterion'][] = c.criteria;
  const actors: string[] = c.timeline.map((event) => event.actor);
  const types: Schemas['EventType'][] = c.timeline.map((event) => event.type);
  return status === 'CLOSED' && criteria.length + actors.length + types.length > 0 ? (c.closedAt ?? null) : null;
}

export function tlOnTheHand(e: Schemas['Escalation']): string {
  const target: string = e.targetTl;
  const acknowledged: string | null | undefined = e.acknowledgedAt;
  return acknowledged ? target : '';
}
