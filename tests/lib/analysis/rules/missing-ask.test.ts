import rule from '@/lib/analysis/rules/missing-ask';
import { describeRule } from '../rule-table';

describeRule(rule);
