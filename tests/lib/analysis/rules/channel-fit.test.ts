import rule from '@/lib/analysis/rules/channel-fit';
import { describeRule } from '../rule-table';

describeRule(rule);
