import rule from '@/lib/analysis/rules/cold-ack';
import { describeRule } from '../rule-table';

describeRule(rule);
