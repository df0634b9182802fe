/** Every rule, sorted by id. A meta-test checks each file in this folder is listed, tested and documented. */
import type { Rule } from '../engine/rule';
import deflection from './deflection';
import missingApology from './missing-apology';
import missingThanks from './missing-thanks';
import vaguePromise from './vague-promise';

export const rules: readonly Rule[] = [deflection, missingApology, missingThanks, vaguePromise];
