/** Sign-off payloads between the sidebar and the server (one zod schema per payload). */
import * as z from 'zod/mini';
import type { Signature } from '../core/signoff';

export const SignInputSchema = z.object({
  side: z.enum(['marketing', 'sales']),
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
  role: z._default(z.string().check(z.trim(), z.maxLength(100)), ''),
});
export type SignInput = z.input<typeof SignInputSchema>;

export interface SignOffState {
  /** The live terms' version and whether both sides signed it. */
  version: number;
  status: 'signed' | 'awaiting';
  /** Signatures already given for the live terms (awaiting only). */
  pending: Signature[];
  /** Agreed versions, oldest first: "v1 signed by … and … on …", and the snapshot tab. */
  signed: { version: number; line: string; snapshot: string }[];
  /** What changed since the last signed version, one line each ("Goal 1,200,000 → 1,400,000"). */
  changes: string[];
}
