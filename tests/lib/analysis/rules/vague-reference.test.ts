import rule from '@/lib/analysis/rules/vague-reference';
import { describeRule } from '../rule-table';

describeRule(rule);
