/**
 * People an article describes but never names, so that a later definite
 * description is not handed to whoever was named last:
 *
 *   "A 44-year-old protester was arrested ... The 44-year-old was charged"   same age
 *   "Safir said a 12-year-old boy was shot. The boy, 12, is stable"          same role noun
 *   "A boy was shot in Brooklyn, Commissioner Howard Safir said. The 12-year-old ..."   the subject in focus
 */
import type { Document, Token } from '../../document.js';
import { ageModifierAt, type AgeModifier } from './age-phrases.js';
import { genderOfRole } from './gender.js';
import type { UnnamedPerson } from './salience.js';

export class UnnamedPeople {
  /** Unnamed subjects, in text order: referents for salience. */
  readonly subjects: UnnamedPerson[] = [];
  private readonly ages = new Set<number>();
  private readonly heads = new Set<string>();

  /**
   * An indefinite phrase that names no one, at `determiner`; `head` is its role noun's
   * token, or null when none was recognised ("A 19-year-old bystander" still counts by its age).
   */
  note(doc: Document, determiner: number, head: number | null, age: AgeModifier | null): void {
    if (describesAnother(doc.tokens[determiner - 1])) return;
    const stated = age ?? ageModifierAt(doc, determiner + 1);
    if (stated) this.ages.add(stated.value);
    if (head === null) return;
    this.heads.add(doc.tokens[head]!.normal);
    if (!isSubjectPosition(doc, determiner)) return;
    this.subjects.push({ token: determiner, sentence: doc.tokens[determiner]!.sentence, gender: genderOfRole(doc.tokens[head]!.text) });
  }

  /** "The 44-year-old" after "A 44-year-old protester", "the boy" after "a 12-year-old boy". */
  repeats(age: AgeModifier | null, head: Token): boolean {
    return (age !== null && this.ages.has(age.value)) || this.heads.has(head.normal);
  }
}

/** "was a 44-year-old father", "As a 13-year-old, Messi ...": said of someone else in the clause. */
function describesAnother(before: Token | undefined): boolean {
  return before !== undefined && (before.tags.has('Copula') || before.normal === 'as');
}

/** "A boy was shot ...", "Police said a man was held": an unnamed subject holds the focus; "attacking a woman" does not. */
function isSubjectPosition(doc: Document, determiner: number): boolean {
  const before = doc.tokens[determiner - 1];
  return !before || before.sentence !== doc.tokens[determiner]!.sentence || before.normal === 'said' || before.normal === 'that';
}
