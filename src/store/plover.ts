// PLOVER event codes of engagements (openeventdata/PLOVER, PLOVER_MANUAL.tex, commit
// 5e0c24f of February 2024), so the knowledge base joins PLOVER/POLECAT-coded data.
import type { EngagementKind, EngagementStatus } from "../extract/types.js";

/**
 * CONSULT: "All consultations and meetings: this includes visiting and hosting visits, as well
 * as meeting at a neutral location, and consultation by phone or other media."
 * AGREE: "References to future meetings, summits, state visits, etc. and invitations for state
 * visits should be coded as AGREE" (CONSULT, potential ambiguities); "Cooperative actions of
 * types CONSULT, … reported in future tense … should be coded as AGREE".
 */
export type PloverCategory = "CONSULT" | "AGREE";

/**
 * The CONSULT modes, spelled as the codebook's table "CONSULT modes" spells them:
 * - `visit`: "actor is visiting, recipient is hosting";
 * - `third-party`: "Meeting is hosted by a third party";
 * - `multilateral`: "Meeting occurs in a multilateral context, typically an alliance or IGO";
 * - `phone`: "Consultation occurs via phone or some other remote medium".
 * AGREE has no modes.
 */
export type PloverMode = "phone" | "visit" | "third-party" | "multilateral";

export const PLOVER_MODES: readonly PloverMode[] = ["phone", "visit", "third-party", "multilateral"];

export interface PloverFacts {
  kind: EngagementKind;
  status: EngagementStatus;
  /** The engagement is a session of a body (NATO, a summit's organisation). */
  hasForum: boolean;
  /** The reporting sentences. */
  texts: readonly string[];
}

const REMOTE_KINDS = new Set<EngagementKind>(["PHONE_CALL", "VIDEO_CALL", "CALL"]);
// A sentence that reports the meeting as a visit or a hosting: someone travelled to the other.
const VISIT_WORDS = /\b(?:visit(?:s|ed|ing)?|hosts?|hosted|hosting|welcomed|arrived\s+in|trip\s+to)\b/i;

/**
 * The category and mode of one engagement. A held call of any medium is CONSULT/phone; a held
 * meeting in a body's session is multilateral; one reported with visit or host words is a
 * visit. Which side visited (PLOVER's actor) and which hosted (its recipient) is not recorded:
 * the extractor does not say, and the codebook then puts every participant in the actor field.
 * Whether a third party hosted a meeting needs its venue, which the extractor does not give:
 * such meetings keep no mode.
 */
export function ploverCode(f: PloverFacts): { category: PloverCategory; mode: PloverMode | null } {
  if (f.status !== "HELD") return { category: "AGREE", mode: null };
  if (REMOTE_KINDS.has(f.kind)) return { category: "CONSULT", mode: "phone" };
  if (f.hasForum) return { category: "CONSULT", mode: "multilateral" };
  if (f.texts.some((t) => VISIT_WORDS.test(t))) return { category: "CONSULT", mode: "visit" };
  return { category: "CONSULT", mode: null };
}
