import rule from '@/lib/analysis/rules/vague-deadline';
import { describeRule } from '../rule-table';

describeRule(rule);
