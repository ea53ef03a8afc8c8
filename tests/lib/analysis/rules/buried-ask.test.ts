import rule from '@/lib/analysis/rules/buried-ask';
import { describeRule } from '../rule-table';

describeRule(rule);
