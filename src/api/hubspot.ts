/** The HubSpot connection payloads: one zod schema for the token the sidebar sends; what it gets back. */
import * as z from 'zod/mini';
import type { ActualsMapping } from '../core/actuals/types';

/** Bearer tokens of service keys and private apps: no spaces, well under 1 KB. */
export const ConnectHubSpotSchema = z.object({
  token: z.string().check(z.trim(), z.minLength(8), z.maxLength(1000), z.regex(/^[\x21-\x7e]+$/)),
});
export type ConnectHubSpotInput = z.infer<typeof ConnectHubSpotSchema>;

/** What the sidebar may know of the connection: never the token, only its last characters. */
export interface HubSpotStatus {
  connected: boolean;
  portalId: number | null;
  name: string | null;
  /** `••••abcd` */
  masked: string | null;
}

/** The HubSpot mapping step of the sidebar: stages, the mapping in use, the properties to choose from. */
export interface HubSpotMappingSetup {
  stages: string[];
  /** Saved for this SLA tab, else proposed; property names, deal ones as `deals.<name>`. */
  mapping: ActualsMapping;
  detected: boolean;
  /** Date properties of contacts, then of deals (`deals.<name>`). */
  dateProperties: string[];
  /** Enumeration properties of contacts (the source split). */
  sourceProperties: string[];
  /** Number properties of deals (`deals.<name>`). */
  amountProperties: string[];
}
