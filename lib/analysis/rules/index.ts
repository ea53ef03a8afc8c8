/** Every clarity rule, in the order their findings are most useful to read. */
import type { Rule } from '../rule';
import buriedAsk from './buried-ask';
import channelFit from './channel-fit';
import coldAck from './cold-ack';
import deadlineWarning from './deadline-warning';
import manyQuestions from './many-questions';
import missingAsk from './missing-ask';
import missingDeadline from './missing-deadline';
import noHello from './no-hello';
import placeholder from './placeholder';
import vagueDeadline from './vague-deadline';
import vagueReference from './vague-reference';

export const rules: readonly Rule[] = [
  noHello,
  coldAck,
  channelFit,
  vagueReference,
  missingAsk,
  buriedAsk,
  missingDeadline,
  vagueDeadline,
  deadlineWarning,
  manyQuestions,
  placeholder,
];
