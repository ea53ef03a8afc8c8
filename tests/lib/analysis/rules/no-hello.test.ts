import rule from '@/lib/analysis/rules/no-hello';
import { describeRule } from '../rule-table';

describeRule(rule);
