/** Every rule, sorted by id. A meta-test checks each file in this folder is listed, tested and documented. */
import type { Rule } from '../engine/rule';
import blame from './blame';
import condescension from './condescension';
import deflection from './deflection';
import missingApology from './missing-apology';
import missingGreeting from './missing-greeting';
import missingPersonalTouch from './missing-personal-touch';
import missingThanks from './missing-thanks';
import negativePhrasing from './negative-phrasing';
import noNextStep from './no-next-step';
import nonApology from './non-apology';
import policyHiding from './policy-hiding';
import roboticPhrasing from './robotic-phrasing';
import shouting from './shouting';
import vaguePromise from './vague-promise';

export const rules: readonly Rule[] = [
  blame,
  condescension,
  deflection,
  missingApology,
  missingGreeting,
  missingPersonalTouch,
  missingThanks,
  negativePhrasing,
  noNextStep,
  nonApology,
  policyHiding,
  roboticPhrasing,
  shouting,
  vaguePromise,
];
