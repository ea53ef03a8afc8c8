import rule from '@/lib/analysis/rules/missing-deadline';
import { describeRule } from '../rule-table';

describeRule(rule);
